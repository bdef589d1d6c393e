import type { Subsection } from '../../template/types';
import { type TemplateIndex, titleMatches } from './template-index';

/**
 * The subsection a heading names (its readings `candidates`, at `depth`, one level off allowed), not one in
 * `used`. Among several, a child of the `current` subsection wins, then the closest depth.
 */
export function findSubsection(
  index: TemplateIndex,
  candidates: readonly string[],
  depth: number,
  used: ReadonlySet<string>,
  current: Subsection | undefined,
): Subsection | undefined {
  const matches = index.subsections.filter(
    (s) => !used.has(s.id) && Math.abs(s.depth - depth) <= 1 && titleMatches(index, s, candidates),
  );
  if (matches.length <= 1) return matches[0];
  const inside = matches.find((s) => current && isInside(index, s, current));
  return inside ?? matches.sort((a, b) => Math.abs(a.depth - depth) - Math.abs(b.depth - depth))[0];
}

/** True when `subsection` sits (at any depth) inside `ancestor`. */
export function isInside(index: TemplateIndex, subsection: Subsection, ancestor: Subsection): boolean {
  let parent = index.parentOf.get(subsection.id);
  while (parent) {
    if (parent.id === ancestor.id) return true;
    parent = index.parentOf.get(parent.id);
  }
  return false;
}
