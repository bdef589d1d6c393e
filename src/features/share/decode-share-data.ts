import { z } from 'zod';
import { getTemplate, limits, type SpecDocument, specDocumentSchema, templateTagSchema } from '../../core';
import { decompressBounded } from './bounded-decompress';

// Apart from the link's encoder (share-link.ts): reading a link needs the full document schema, which migrates an
// older document with the Markdown writer, and the editor, which only makes links, does not load it.

const payloadSchema = z.object({ v: z.literal(1), doc: z.unknown() });

export type DecodedShare = { ok: true; doc: SpecDocument } | { ok: false; reason: string };

const damaged =
  'This share link is damaged or incomplete: it may have been cut short when it was copied. Ask for the link again, or for the Markdown file.';

const n = (value: number) => value.toLocaleString('en');

/**
 * Reads the data of a share link back: anything that is not a whole, valid document is refused with a reason. A
 * link longer than `limits.maxShareDataLength` is refused unread, and decompression stops at
 * `limits.maxShareJsonLength` characters, so a small crafted link cannot unpack to gigabytes.
 */
export function decodeShareData(data: string): DecodedShare {
  const trimmed = data.trim();
  if (!trimmed) return { ok: false, reason: 'This share link holds no document.' };
  if (trimmed.length > limits.maxShareDataLength) {
    return {
      ok: false,
      reason: `This share link is too long (${n(trimmed.length)} characters; Specwright opens links of up to ${n(limits.maxShareDataLength)}). Ask for the Markdown file instead.`,
    };
  }
  const unpacked = decompressBounded(trimmed, limits.maxShareJsonLength);
  if (!unpacked.ok && unpacked.reason === 'too-large') {
    return {
      ok: false,
      reason: `This share link unpacks to more than ${n(limits.maxShareJsonLength)} characters, far more than any specification, so it was not opened. Ask for the Markdown file instead.`,
    };
  }
  const text = unpacked.ok ? unpacked.text : null;
  if (!text) return { ok: false, reason: damaged };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: damaged };
  }
  const payload = payloadSchema.safeParse(json);
  if (!payload.success) return { ok: false, reason: damaged };
  const tag = templateTagSchema.safeParse(payload.data.doc);
  if (!tag.success) {
    return {
      ok: false,
      reason: 'This share link is for a template this version of Specwright does not know.',
    };
  }
  const doc = specDocumentSchema(getTemplate(tag.data.template)).safeParse(payload.data.doc);
  if (!doc.success) return { ok: false, reason: damaged };
  return { ok: true, doc: doc.data };
}
