import type { z } from 'zod';
import { documentTemplate, type SpecDocument } from '../../core';

/** A stored value that could not be read back as a draft: set aside, never deleted or overwritten on its own. */
export interface DamagedDraft {
  /** The key it is stored under. */
  id: string;
  /** Exactly what storage returned, for "Download raw content". */
  raw: unknown;
  /** Why it was set aside, in words. */
  reason: string;
}

/**
 * The latest time a JavaScript Date can hold (8.64e15 ms, year 275760): a timestamp past it (or before 1970) would
 * make every date shown in the drafts list throw.
 */
export const maxTimestamp = 8_640_000_000_000_000;

/** How deeply a stored document may nest: far beyond any template, far below what overflows the stack. */
export const maxDraftDepth = 64;

/** The most characters of text a stored draft may hold, in all its strings and keys (the 5 MB of an opened file). */
export const maxDraftChars = 5_000_000;

/**
 * How deeply a value nests and how many characters its strings and keys hold, without recursion (so that the
 * walk itself cannot overflow); it stops as soon as either limit is passed.
 */
export function measure(value: unknown): { depth: number; chars: number } {
  let depth = 0;
  let chars = 0;
  const stack: [unknown, number][] = [[value, 1]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [current, level] = stack.pop() as [unknown, number];
    if (typeof current === 'string') {
      chars += current.length;
    } else if (current !== null && typeof current === 'object') {
      if (seen.has(current)) continue;
      seen.add(current);
      depth = Math.max(depth, level);
      if (Array.isArray(current)) for (const child of current) stack.push([child, level + 1]);
      else
        for (const [key, child] of Object.entries(current)) {
          chars += key.length;
          stack.push([child, level + 1]);
        }
    }
    if (depth > maxDraftDepth || chars > maxDraftChars) break;
  }
  return { depth, chars };
}

/** One line saying what is wrong, from the first few zod issues. */
export function describeIssues(error: z.ZodError, prefix?: string): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return `${shown.join('; ')}${more}`;
}

/** The name a draft goes by: its template's title field, trimmed to one short line. */
export function draftTitle(doc: SpecDocument): string {
  const value = doc.fields[documentTemplate(doc).titleField];
  if (typeof value !== 'string') return '';
  return value.replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** The document with a new title: renaming a draft renames the document it holds, so the two never disagree. */
export function renameDocument(doc: SpecDocument, title: string): SpecDocument {
  const titleField = documentTemplate(doc).titleField;
  return { ...doc, fields: { ...doc.fields, [titleField]: title } };
}

/** JSON with object keys sorted, so that two documents with the same content compare equal. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
      return sorted;
    }
    return v;
  });
}

/** Text of a stored value that could not be read, for download: JSON when it can be, else its string form. */
export function rawContent(raw: unknown): string {
  try {
    const text = JSON.stringify(raw, null, 2);
    if (typeof text === 'string') return text;
  } catch {
    // Cyclic or otherwise not JSON: fall through to the string form.
  }
  return String(raw);
}
