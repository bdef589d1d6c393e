import { describe, expect, it } from 'vitest';
import { normalizeTitle, titleCandidates } from './match-title';

describe('normalizeTitle', () => {
  it.each([
    ['3.1 Functional Requirements', 'functional requirements'],
    ['8. Open Questions', 'open questions'],
    ['User Scenarios & Testing *(mandatory)*', 'user scenarios and testing'],
    ['Requirements _(mandatory)_', 'requirements'],
    ['Success Criteria (mandatory, testable) ✅', 'success criteria'],
    ['🚀 Rollout', 'rollout'],
    ['KEY ENTITIES （include if feature involves data）', 'key entities'],
  ])('%s -> %s', (title, normalized) => {
    expect(normalizeTitle(title)).toBe(normalized);
  });
});

describe('titleCandidates', () => {
  it('also reads the part before a status note', () => {
    expect(titleCandidates('11. Open Questions — resolved')).toContain('open questions');
    expect(titleCandidates('Edge Cases: TBD')).toContain('edge cases');
  });
});
