import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../template/compile/compile-template';
import { findSubsection, isInside } from './find-subsection';
import { indexTemplate } from './template-index';

// A made-up template where two sections each have a `### Notes`.
const compiled = compileTemplate(
  '# Doc: [Name]\n\n## Alpha\n\n[Alpha text]\n\n### Notes\n\n[Alpha notes]\n\n## Beta\n\n[Beta text]\n\n### Notes\n\n[Beta notes]\n',
  { id: 'find-subsection-notes' },
);
if (!compiled.ok) throw new Error(compiled.messages.join('; '));
const index = indexTemplate(compiled.description);
const [alpha, alphaNotes, beta, betaNotes] = index.subsections;

describe('findSubsection', () => {
  it('has the sections it is tested with', () => {
    expect(index.subsections.map((s) => [s.title, s.depth])).toEqual([
      ['Alpha', 2],
      ['Notes', 3],
      ['Beta', 2],
      ['Notes', 3],
    ]);
    expect(isInside(index, betaNotes!, beta!)).toBe(true);
    expect(isInside(index, betaNotes!, alpha!)).toBe(false);
  });

  it('finds a heading’s subsection at its depth or one level off', () => {
    expect(findSubsection(index, ['alpha'], 2, new Set(), undefined)).toBe(alpha);
    expect(findSubsection(index, ['alpha'], 3, new Set(), undefined)).toBe(alpha);
    expect(findSubsection(index, ['alpha'], 4, new Set(), undefined)).toBeUndefined();
    expect(findSubsection(index, ['gamma'], 2, new Set(), undefined)).toBeUndefined();
  });

  it('prefers a child of the current subsection, and skips used ones', () => {
    expect(findSubsection(index, ['notes'], 3, new Set(), beta)).toBe(betaNotes);
    expect(findSubsection(index, ['notes'], 3, new Set(), alpha)).toBe(alphaNotes);
    expect(findSubsection(index, ['notes'], 3, new Set([alphaNotes!.id]), undefined)).toBe(betaNotes);
  });
});
