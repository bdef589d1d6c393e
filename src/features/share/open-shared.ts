import type { Root as HastRoot } from 'hast';
import { describeLimitBreach, findLimitBreach, type SpecDocument, writeMarkdown } from '../../core';
import { markdownToHast } from '../../lib/markdown-render/markdown-to-hast';
import { decodeShareData } from './decode-share-data';

/** A share link opened: the document, its Markdown and the Markdown's sanitized hast, or why it cannot be shown. */
export type OpenedShare =
  | { ok: true; doc: SpecDocument; markdown: string; hast: HastRoot }
  | { ok: false; reason: string };

/**
 * Everything a share link needs before it can be shown, in one step a worker can run: decode (bounded), validate,
 * check every text in it, write the Markdown, check it against the same limits as an opened file (so what is shown can be downloaded and
 * opened again), and parse it for the rendered view.
 */
export function openShared(data: string): OpenedShare {
  const decoded = decodeShareData(data);
  if (!decoded.ok) return decoded;
  // The writer parses Markdown fields: each text is checked before it is written, the whole file after.
  for (const text of strings(decoded.doc)) {
    const inField = findLimitBreach(text);
    if (inField) return { ok: false, reason: describeLimitBreach(inField, 'This shared document') };
  }
  const markdown = writeMarkdown(decoded.doc);
  const breach = findLimitBreach(markdown);
  if (breach) return { ok: false, reason: describeLimitBreach(breach, 'This shared document') };
  return { ok: true, doc: decoded.doc, markdown, hast: markdownToHast(markdown) };
}

/** Every string in a value (the document's field values, additional content), depth first. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* strings(item);
}
