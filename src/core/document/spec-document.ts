import type { z } from 'zod';
import { jsonCodeBlock } from '../markdown/json-code-block';
import type { TemplateDescription, TemplateId, TemplateVersion } from '../template/types';
import { documentSchema } from './document-schema';
import type { documentVersion } from './document-version';
import { fitToTemplate } from './fit-to-template';
import { migrateDocument } from './migrate-document';

/** One bullet of a list field. An object, not a string: react-hook-form field arrays hold objects. */
export interface ListItem {
  text: string;
}

/** One item of a checklist. */
export interface ChecklistItem {
  text: string;
  checked: boolean;
}

/** One table row: cell text by column key. */
export type TableRow = Record<string, string>;

/** One item of a repeatable group: its fields' values by field id. */
export interface GroupItem {
  [fieldId: string]: FieldValue;
}

/** The value of any field: text kinds hold a string, repeatable kinds an array of items. */
export type FieldValue = string | ListItem[] | ChecklistItem[] | TableRow[] | GroupItem[];

/**
 * A document: the values of one template's fields, plus what a reader could not map to a field.
 * It is what the form edits, what storage keeps and what a share link carries.
 */
export interface SpecDocument {
  template: TemplateId;
  /**
   * The schema version (`documentVersion`): 2 since one-line values are inline Markdown. Older documents are
   * migrated by `specDocumentSchema`.
   */
  version: typeof documentVersion;
  /** Field values by top-level field id. */
  fields: Record<string, FieldValue>;
  /**
   * Markdown the template has no field for, kept verbatim, by anchor: `start` (before the first section), or the
   * id of the heading (subsection) or field it followed. Written back at the same place.
   */
  additional: Record<string, string>;
  /** Front matter keys the template does not know, kept as they were. */
  extraFrontMatter?: Record<string, unknown>;
  /** For a document opened from a file: that file and what was read from it, so a download respects the file. */
  origin?: DocumentOrigin;
  /**
   * For a template that does not ship with the app (a user's or a team's): its description as it was when the
   * document was made. The document keeps working when the template changes or is removed, and in another browser.
   */
  templateCopy?: TemplateDescription;
  /** The version of its template the document was made with, or last fitted to (see `recordTemplateVersion`). */
  templateVersion?: TemplateVersion;
}

/**
 * The file a document was opened from, and the values read from it. Writing compares the document with these: no
 * change gives back `source` byte for byte, and a change rewrites only the lines that hold it.
 */
export interface DocumentOrigin {
  /** The file's text exactly as opened: byte order mark, line endings and final newline included. */
  source: string;
  /** The field values as read (placeholders read as empty). */
  fields: Record<string, FieldValue>;
  additional: Record<string, string>;
  extraFrontMatter?: Record<string, unknown>;
  /** Values the file held as the template's placeholder (`[DATE]`), by path into `fields`. */
  placeholders: { path: (string | number)[]; text: string }[];
  /** The file ends with the footer the template derives from its fields (the technical spec's). */
  footer: boolean;
}

const schemaCache = new Map<TemplateId, z.ZodType<SpecDocument>>();

/**
 * The zod schema of a document of this template. Every document that comes from outside (an opened file's
 * values, storage, a share link) is validated with it: shape only; `checkDocument` reports missing content.
 * It migrates older documents first (`migrateDocument`) and fits documents made under another version of the
 * template (`fitToTemplate`), so every path that validates one does both.
 */
export function specDocumentSchema(template: TemplateDescription): z.ZodType<SpecDocument> {
  const cached = schemaCache.get(template.id);
  if (cached) return cached;
  const schema = documentSchema(template, (input) =>
    fitToTemplate(migrateDocument(input, template), template, jsonCodeBlock),
  );
  schemaCache.set(template.id, schema);
  return schema;
}
