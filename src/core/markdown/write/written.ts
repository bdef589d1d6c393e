import type { RootContent } from 'mdast';

/** Blocks written for part of a template, and whether any of them carries the user's content. */
export interface Written {
  nodes: RootContent[];
  /** False when only template text (or placeholders) was written: "Leave out" may then drop the part. */
  content: boolean;
}

/** Nothing written (a left-out part). */
export const nothing: Written = { nodes: [], content: false };

/** Concatenates written parts. */
export function joinWritten(parts: readonly Written[]): Written {
  return { nodes: parts.flatMap((p) => p.nodes), content: parts.some((p) => p.content) };
}
