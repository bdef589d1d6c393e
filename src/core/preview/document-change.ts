import type { FieldValue, SpecDocument } from '../document/spec-document';

/**
 * What changed between two versions of a document, for a worker that keeps the previous one: the whole document
 * when there is no previous one or the template changed, else only the top-level fields that are other objects
 * (the document store replaces only what an edit touched, so a keystroke sends one field, not the document).
 */
export type DocumentChange =
  | { type: 'whole'; doc: SpecDocument }
  | {
      type: 'fields';
      fields: Record<string, FieldValue>;
      removed: string[];
      additional?: SpecDocument['additional'];
      extraFrontMatter?: SpecDocument['extraFrontMatter'];
      /** True when `extraFrontMatter` changed (it may have become undefined). */
      frontMatterChanged: boolean;
    };

/** The change that turns `previous` into `next`. */
export function diffDocument(previous: SpecDocument | undefined, next: SpecDocument): DocumentChange {
  // Another template, or another file the document was opened from: everything is new.
  if (!previous || previous.template !== next.template || previous.origin !== next.origin)
    return { type: 'whole', doc: next };
  const fields: Record<string, FieldValue> = {};
  for (const [id, value] of Object.entries(next.fields))
    if (previous.fields[id] !== value) fields[id] = value;
  const removed = Object.keys(previous.fields).filter((id) => !(id in next.fields));
  const frontMatterChanged = previous.extraFrontMatter !== next.extraFrontMatter;
  return {
    type: 'fields',
    fields,
    removed,
    ...(previous.additional !== next.additional ? { additional: next.additional } : {}),
    ...(frontMatterChanged ? { extraFrontMatter: next.extraFrontMatter } : {}),
    frontMatterChanged,
  };
}

/**
 * `previous` with `change` applied. Unchanged fields keep their identity, which is what lets a cached writer
 * reuse their Markdown on the far side of a structured clone.
 */
export function applyDocumentChange(
  previous: SpecDocument | undefined,
  change: DocumentChange,
): SpecDocument {
  if (change.type === 'whole') return change.doc;
  if (!previous) throw new Error('A partial document change needs the previous document');
  const fields = { ...previous.fields, ...change.fields };
  for (const id of change.removed) delete fields[id];
  // Everything else the document carries (its origin, its version) stays as it was.
  const { extraFrontMatter: _previousFrontMatter, ...rest } = previous;
  const doc: SpecDocument = { ...rest, fields, additional: change.additional ?? previous.additional };
  const extraFrontMatter = change.frontMatterChanged ? change.extraFrontMatter : previous.extraFrontMatter;
  if (extraFrontMatter !== undefined) doc.extraFrontMatter = extraFrontMatter;
  return doc;
}
