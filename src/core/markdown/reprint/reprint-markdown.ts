import { documentVersion } from '../../document/document-version';
import type { DocumentOrigin, FieldValue, SpecDocument } from '../../document/spec-document';
import { alignLines } from './align-lines';
import { mergeLines } from './merge-lines';
import { joinSource, type SourceText, splitSource } from './source-lines';
import { detectSourceStyle, type SourceStyle } from './source-style';

/** Writes a document without its origin: the template's writer, in the file's style, with or without the footer. */
export type WriteFresh = (doc: SpecDocument, style: SourceStyle, footer: boolean) => string;

interface Base {
  origin: DocumentOrigin;
  template: SpecDocument['template'];
  text: SourceText;
  style: SourceStyle;
  before: string[];
  map: Int32Array;
}

// One document is edited at a time: the file's lines, its style and the alignment are worked out once.
let cached: Base | undefined;

/**
 * The Markdown of a document opened from a file, printed as recast prints JavaScript: with no edits, the file's
 * exact bytes; with edits, the file with only the lines that hold what changed rewritten, in the file's own style
 * (list markers, emphasis, breaks, line endings, final newline). Fields the file did not have are written only once
 * they are filled; the template's default content and guidance are never added.
 */
export function reprintMarkdown(doc: SpecDocument & { origin: DocumentOrigin }, write: WriteFresh): string {
  const { origin } = doc;
  const current = withoutOrigin(doc);
  if (sameContent(current, origin)) return origin.source;
  const base = baseFor(doc.template, origin, write);
  const after = write(withPlaceholders(current, origin), base.style, origin.footer).split('\n');
  return joinSource(mergeLines(base.text, base.before, after, base.map));
}

function baseFor(template: SpecDocument['template'], origin: DocumentOrigin, write: WriteFresh): Base {
  if (
    cached &&
    cached.template === template &&
    (cached.origin === origin || sameOrigin(cached.origin, origin))
  )
    return cached;
  const text = splitSource(origin.source);
  const lines = text.lines.map((l) => l.text);
  const style = detectSourceStyle(lines);
  const read: SpecDocument = {
    template,
    version: documentVersion,
    fields: origin.fields,
    additional: origin.additional,
    ...(origin.extraFrontMatter ? { extraFrontMatter: origin.extraFrontMatter } : {}),
  };
  const before = write(withPlaceholders(read, origin), style, origin.footer).split('\n');
  cached = { origin, template, text, style, before, map: alignLines(before, lines) };
  return cached;
}

function sameOrigin(a: DocumentOrigin, b: DocumentOrigin): boolean {
  return a.source === b.source && deepEqual(a.fields, b.fields) && deepEqual(a.additional, b.additional);
}

/** The document's content, without the origin it was read from. */
export function withoutOrigin(doc: SpecDocument): SpecDocument {
  const { origin: _origin, ...rest } = doc;
  return rest;
}

/** True when a document says exactly what was read from its file. */
export function sameContent(doc: SpecDocument, origin: DocumentOrigin): boolean {
  return (
    deepEqual(doc.fields, origin.fields) &&
    deepEqual(doc.additional, origin.additional) &&
    deepEqual(doc.extraFrontMatter ?? {}, origin.extraFrontMatter ?? {})
  );
}

/**
 * The values to write: a field the file held as the template's placeholder (`[DATE]`, read as empty) is written as
 * that placeholder again while it is still empty, so the file's line is found and, once filled, edited in place.
 */
function withPlaceholders(doc: SpecDocument, origin: DocumentOrigin): SpecDocument {
  if (origin.placeholders.length === 0) return doc;
  // Copied only along the paths of placeholders still empty: every other value (an item of 1,000) stays the same
  // object, which the writer's item cache recognizes.
  let fields = doc.fields;
  for (const { path, text } of origin.placeholders) {
    if (valueAt(fields, path) === '') fields = replacedAt(fields, path, text) as typeof fields;
  }
  return fields === doc.fields ? doc : { ...doc, fields };
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let node = value;
  for (const key of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** `value` with the value at `path` replaced, copying only the objects on the path. */
function replacedAt(value: unknown, path: readonly (string | number)[], next: FieldValue): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const holder = value as Record<string | number, unknown>;
  const copy = (Array.isArray(value) ? [...value] : { ...holder }) as Record<string | number, unknown>;
  copy[key] = replacedAt(holder[key], rest, next);
  return copy;
}

/** Structural equality of JSON-like values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => deepEqual(x, other[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** Paths where `read` (as the file says) and `cleared` (placeholders emptied) differ: the placeholders read. */
export function placeholderPaths(
  read: unknown,
  cleared: unknown,
  path: (string | number)[] = [],
): DocumentOrigin['placeholders'] {
  if (typeof read === 'string') {
    return cleared === '' && read !== '' ? [{ path, text: read }] : [];
  }
  if (!read || typeof read !== 'object' || !cleared || typeof cleared !== 'object') return [];
  const out: DocumentOrigin['placeholders'] = [];
  for (const [key, value] of Object.entries(read)) {
    const k = Array.isArray(read) ? Number(key) : key;
    out.push(...placeholderPaths(value, (cleared as Record<string, unknown>)[key], [...path, k]));
  }
  return out;
}
