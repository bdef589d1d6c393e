import { readFileSync } from 'node:fs';
import type { Heading } from 'mdast';
import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../template/compile/compile-template';
import { parseMarkdown } from '../processor';
import { blockGroups, sectionByContent } from './section-by-content';
import { indexTemplate } from './template-index';

// The made-up risk register of the reader fixtures: `## Risks` holds `### Risk R-1: [Title] (Severity: ...)` items.
const compiled = compileTemplate(
  readFileSync(new URL('./fixtures/read/risk-register-compiled/template.md', import.meta.url), 'utf8'),
  { id: 'section-by-content-risks' },
);
if (!compiled.ok) throw new Error(compiled.messages.join('; '));
const index = indexTemplate(compiled.description);

const find = (markdown: string, used: ReadonlySet<string> = new Set()) => {
  const nodes = parseMarkdown(markdown).children;
  return sectionByContent(index, nodes[0] as Heading, nodes, 1, nodes.length, used)?.id;
};

describe('sectionByContent', () => {
  it('finds the section whose group’s items follow an unknown heading', () => {
    expect(blockGroups(compiled.description).map((g) => g.id)).toEqual(['riskRs']);
    expect(find('## Risiken\n\n### Risiko R-1 - Stromausfall (Schwere: high)\n\nText.\n')).toBe(
      'risksSection',
    );
  });

  it('looks only up to the next heading of the same level, and not at used sections', () => {
    expect(find('## Risiken\n\nText.\n\n## Next\n\n### Risk R-1: Churn (high)\n')).toBeUndefined();
    expect(find('## Risiken\n\n### Risk R-1: Churn (high)\n', new Set(['risksSection']))).toBeUndefined();
  });

  it('does not match a heading whose content is no group’s', () => {
    expect(find('## Anhang\n\n### Verträge\n\n- Vertrag A\n')).toBeUndefined();
  });
});
