import {
  type Field,
  type FieldValue,
  getField,
  kindOf,
  type SpecDocument,
  type TemplateDescription,
  templateSteps,
} from '../../../core';

/** One searchable value of a document: a text field, a list item, a table cell. */
export interface FindEntry {
  /** The form name of its control (`fields.functionalRequirements.211.text`). */
  path: string;
  /** The step (section) whose form holds it. */
  stepId: string;
  /** Where it is, in the form's words: "FR-212 / Requirement", "User story 7 / Acceptance scenario 2 / Then". */
  where: string;
  text: string;
  /** The ID of the item it belongs to (FR-212), when that item has one. */
  itemId?: string;
}

/** Every value of the document, section by section in form order, each with where it is. */
export function documentEntries(template: TemplateDescription, doc: SpecDocument): FindEntry[] {
  const entries: FindEntry[] = [];
  for (const step of templateSteps(template))
    for (const id of step.fieldIds) {
      const field = getField(template, id);
      walk(field, doc.fields[id], `fields.${id}`, [], step.id, undefined, entries, true);
    }
  return entries;
}

/** Lists the values of one field, by its kind's module (a group's items come back here for their fields). */
function walk(
  field: Field,
  value: FieldValue | undefined,
  path: string,
  where: readonly string[],
  stepId: string,
  itemId: string | undefined,
  out: FindEntry[],
  topLevel = false,
) {
  kindOf(field).search(field, value, {
    path,
    where,
    topLevel,
    itemId,
    push: (entryPath, entryWhere, text) => {
      if (typeof text !== 'string') return;
      out.push({
        path: entryPath,
        stepId,
        where: entryWhere.join(' / '),
        text,
        ...(itemId ? { itemId } : {}),
      });
    },
    nested: (inner, innerValue, innerPath, innerWhere, innerItemId) =>
      walk(inner, innerValue, innerPath, innerWhere, stepId, innerItemId, out),
  });
}

/** What a query finds: the item it names ("FR-212", "Go to FR-212"), and the values containing it. */
export interface FindResult {
  goTo?: FindEntry;
  matches: FindEntry[];
  /** How many values match in all (`matches` stops at the limit). */
  total: number;
}

/** Searches `entries` for `query`, ignoring case; an ID (with or without "Go to") also gives that item. */
export function findInEntries(entries: readonly FindEntry[], query: string, limit = 50): FindResult {
  const needle = query.trim().toLowerCase();
  if (!needle) return { matches: [], total: 0 };
  const id = needle.replace(/^go to\s+/, '');
  // The item's first value that is not its ID: where one would start editing it.
  const named = entries.filter((entry) => entry.itemId?.toLowerCase() === id);
  const goTo = named.find((entry) => entry.text.trim().toLowerCase() !== id) ?? named[0];
  const matches: FindEntry[] = [];
  let total = 0;
  for (const entry of entries) {
    if (!entry.text.toLowerCase().includes(needle)) continue;
    total++;
    if (matches.length < limit) matches.push(entry);
  }
  return { ...(goTo ? { goTo } : {}), matches, total };
}
