import { limits } from '../limits';
import { describeLimitBreach, findLimitBreach } from './check-markdown-limits';

/** The largest file Specwright opens: far above any real spec (the largest seen is about 80 KB). */
export const maxImportBytes = limits.maxInputBytes;

/** A file as the browser gives it, reduced to what the checks need (no DOM types: the core is pure). */
export interface ImportFile {
  name: string;
  size: number;
  bytes: Uint8Array;
}

export type ImportInputResult =
  /** `text` is normalized for reading; `source` is the text exactly as given, kept so a download can match it. */
  { ok: true; text: string; source: string } | { ok: false; message: string };

/**
 * Checks a file or pasted text before it is read: not empty, not too large, text in UTF-8 and not binary, and
 * within the limits on lines, nesting, items and emphasis (`limits`), so that nothing slow reaches the parser.
 * On success returns the text with any byte order mark removed and line endings normalized to `\n`.
 */
export function checkImportInput(input: ImportFile | string): ImportInputResult {
  if (typeof input === 'string') return checkText(input, 'The pasted text');
  const label = `“${input.name}”`;
  const size = Math.max(input.size, input.bytes.byteLength);
  if (size === 0) {
    return {
      ok: false,
      message: `${label} is empty. Choose the Markdown file that holds your specification.`,
    };
  }
  if (size > maxImportBytes) {
    return {
      ok: false,
      message: `${label} is ${formatSize(size)}, larger than the ${formatSize(maxImportBytes)} Specwright opens. A specification is rarely over 100 KB: check that this is the right file, or split it.`,
    };
  }
  if (input.bytes.includes(0)) {
    return {
      ok: false,
      message: `${label} is a binary file, not text. Open a Markdown file (.md, .markdown or .txt); if the spec is in a word processor, export it as Markdown first.`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input.bytes);
  } catch {
    return {
      ok: false,
      message: `${label} is not UTF-8 text. Save it as UTF-8 in your editor (for example “Save with encoding: UTF-8”) and open it again.`,
    };
  }
  return checkText(text, label);
}

function checkText(raw: string, label: string): ImportInputResult {
  // TextDecoder already drops a BOM from bytes; pasted text or a decoded string may still carry one.
  const text = normalizeText(raw);
  if (text.trim() === '') {
    return { ok: false, message: `${label} is empty. Paste or open the Markdown of your specification.` };
  }
  if (text.includes('\0')) {
    return { ok: false, message: `${label} contains binary data, not text. Open a Markdown file instead.` };
  }
  if (text.length > maxImportBytes / 3 && new TextEncoder().encode(text).byteLength > maxImportBytes) {
    return {
      ok: false,
      message: `${label} is larger than the ${formatSize(maxImportBytes)} Specwright opens. Check that this is the right document, or split it.`,
    };
  }
  const breach = findLimitBreach(text);
  if (breach) return { ok: false, message: describeLimitBreach(breach, label) };
  return { ok: true, text, source: raw };
}

/** Removes a leading byte order mark and turns CRLF and lone CR line endings into LF. */
export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
