// A CommonJS module: the default import works in Vite, vitest and plain Node ESM (the e2e tests) alike.
import lzString from 'lz-string';
import type { SpecDocument } from '../../core';

/** Beyond this many characters some browsers, chat apps and mail clients cut a link short. */
export const maxShareUrlLength = 32_000;

/** The hash route a share link opens; the data follows it. */
export const sharedRoutePrefix = '#/shared/';

/** The document, compressed into text that is safe in a URL fragment as it is. */
export function encodeShareData(doc: SpecDocument): string {
  return lzString.compressToEncodedURIComponent(JSON.stringify({ v: 1, doc }));
}

/** The share link of a document, on the page's own address (so it works on any host and sub-path). */
export function shareUrl(
  doc: SpecDocument,
  location: Pick<Location, 'origin' | 'pathname' | 'search'>,
): string {
  return `${location.origin}${location.pathname}${location.search}${sharedRoutePrefix}${encodeShareData(doc)}`;
}
