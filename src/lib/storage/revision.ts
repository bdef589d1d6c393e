import type { Draft } from '../document-store';

/**
 * True when `a` is a later version of a draft than `b`: a higher revision, or (drafts written before revisions
 * existed, both at 0) a later `updatedAt`.
 */
export function isNewer(
  a: Pick<Draft, 'revision' | 'updatedAt'>,
  b: Pick<Draft, 'revision' | 'updatedAt'>,
): boolean {
  return a.revision > b.revision || (a.revision === b.revision && a.updatedAt > b.updatedAt);
}
