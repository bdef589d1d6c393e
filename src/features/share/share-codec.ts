// A CommonJS module: the default import works in Vite, vitest and plain Node ESM (the e2e tests) alike.
import lzString from 'lz-string';
import { z } from 'zod';
import { getTemplate, type SpecDocument, specDocumentSchema, templateTagSchema } from '../../core';

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

/** Reads the data of a share link back: anything that is not a whole, valid document is refused with a reason. */
export function decodeShareData(data: string): DecodedShare {
  if (!data.trim()) return { ok: false, reason: 'This share link holds no document.' };
  let text: string | null;
  try {
    text = lzString.decompressFromEncodedURIComponent(data.trim());
  } catch {
    text = null;
  }
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
