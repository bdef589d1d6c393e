import type { FieldValue, SpecDocument } from '../document/spec-document';

/**
 * What changed between two versions of a document, for a worker that keeps the previous one: the whole document
 * when there is no previous one or the template changed, else only the top-level fields that are other objects
 * (the document store replaces only what an edit touched, so a keystroke sends one field, not the document), and of
 * a repeatable field only the items that are other objects (a keystroke in requirement 300 sends that requirement,
 * and the other 299 keep their identity on the far side, where caches are keyed by it).
 */
export type DocumentChange =
  | { type: 'whole'; doc: SpecDocument }
  | {
      type: 'fields';
      fields: Record<string, FieldValue>;
      /** Repeatable fields whose items changed in place: the new length, and the items at the indexes that changed. */
      items?: Record<string, ItemsChange>;
      removed: string[];
      additional?: SpecDocument['additional'];
      extraFrontMatter?: SpecDocument['extraFrontMatter'];
      /** True when `extraFrontMatter` changed (it may have become undefined). */
      frontMatterChanged: boolean;
    };

/** Items of an array-valued field that changed, by index; the array is cut or extended to `length`. */
export interface ItemsChange {
  length: number;
  changed: Record<number, unknown>;
}

/** The change that turns `previous` into `next`. */
export function diffDocument(previous: SpecDocument | undefined, next: SpecDocument): DocumentChange {
  // Another template, or another file the document was opened from: everything is new.
  if (!previous || previous.template !== next.template || previous.origin !== next.origin)
    return { type: 'whole', doc: next };
  const fields: Record<string, FieldValue> = {};
  const items: Record<string, ItemsChange> = {};
  for (const [id, value] of Object.entries(next.fields)) {
    const before = previous.fields[id];
    if (before === value) continue;
    const inPlace = Array.isArray(before) && Array.isArray(value) ? itemsChange(before, value) : undefined;
    if (inPlace) items[id] = inPlace;
    else fields[id] = value;
  }
  const removed = Object.keys(previous.fields).filter((id) => !(id in next.fields));
  const frontMatterChanged = previous.extraFrontMatter !== next.extraFrontMatter;
  return {
    type: 'fields',
    fields,
    ...(Object.keys(items).length > 0 ? { items } : {}),
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
  for (const [id, { length, changed }] of Object.entries(change.items ?? {})) {
    const before = previous.fields[id];
    const after: unknown[] = (Array.isArray(before) ? before : []).slice(0, length);
    for (const [index, item] of Object.entries(changed)) after[Number(index)] = item;
    fields[id] = after as FieldValue;
  }
  for (const id of change.removed) delete fields[id];
  // Everything else the document carries (its origin, its version) stays as it was.
  const { extraFrontMatter: _previousFrontMatter, ...rest } = previous;
  const doc: SpecDocument = { ...rest, fields, additional: change.additional ?? previous.additional };
  const extraFrontMatter = change.frontMatterChanged ? change.extraFrontMatter : previous.extraFrontMatter;
  if (extraFrontMatter !== undefined) doc.extraFrontMatter = extraFrontMatter;
  return doc;
}

/**
 * The items of `next` that are not those of `previous` at the same index, when that is a small part of the field
 * (typing, a toggle, an item added at the end); undefined when most of it changed (a reorder, a structural edit
 * that copied every item), which is then sent whole.
 */
function itemsChange(previous: readonly unknown[], next: readonly unknown[]): ItemsChange | undefined {
  const changed: Record<number, unknown> = {};
  let count = 0;
  for (let index = 0; index < next.length; index++) {
    if (previous[index] === next[index]) continue;
    changed[index] = next[index];
    count += 1;
    if (count > Math.max(4, next.length / 4)) return undefined;
  }
  return { length: next.length, changed };
}
