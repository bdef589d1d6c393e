import type { RootContent } from 'mdast';
import { fingerprint } from './template-index';

/**
 * How many blocks from `nodes[i]` (before `end`) are one of the template's guidance blocks, given as fingerprints
 * (`TemplateIndex.guidance`): 0 when none. Headings and front matter are never guidance.
 */
export function guidanceLength(
  guidance: readonly (readonly string[])[],
  nodes: readonly RootContent[],
  i: number,
  end: number,
): number {
  const node = nodes[i];
  if (!node || node.type === 'heading' || node.type === 'yaml') return 0;
  const first = fingerprint(node);
  for (const blocks of guidance) {
    if (blocks[0] !== first || i + blocks.length > end) continue;
    if (blocks.every((f, k) => fingerprint(nodes[i + k]!) === f)) return blocks.length;
  }
  return 0;
}
