import type { Root } from 'mdast';
import { serialize } from './read/inline';

/** A value as a fenced JSON code block (the fence outgrows any backticks inside). */
export function jsonCodeBlock(value: unknown): string {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'code', lang: 'json', value: JSON.stringify(value, null, 2) }],
  };
  return serialize(tree).trimEnd();
}
