// A CommonJS module: the default import works in Vite, vitest and plain Node ESM (the e2e tests) alike.
import lzString from 'lz-string';
import { z } from 'zod';
import { getTemplate, limits, type SpecDocument, specDocumentSchema, templateTagSchema } from '../../core';
import { decompressBounded } from './bounded-decompress';

/** Beyond this many characters some browsers, chat apps and mail clients cut a link short. */
export const maxShareUrlLength = 32_000;

/** The hash route a share link opens; the data follows it. */
export const sharedRoutePrefix = '#/shared/';

const payloadSchema = z.object({ v: z.literal(1), doc: z.unknown() });

/** The document, compressed into text that is safe in a URL fragment as it is. */
export function encodeShareData(doc: SpecDocument): string {
  return lzString.compressToEncodedURIComponent(JSON.stringify({ v: 1, doc }));
}

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

/** The share link of a document, on the page's own address (so it works on any host and sub-path). */
export function shareUrl(
  doc: SpecDocument,
  location: Pick<Location, 'origin' | 'pathname' | 'search'>,
): string {
  return `${location.origin}${location.pathname}${location.search}${sharedRoutePrefix}${encodeShareData(doc)}`;
}
