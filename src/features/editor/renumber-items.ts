import type { IdScheme } from '../../core';

type Item = Record<string, unknown>;

/** An id that "Renumber in order" changed. */
export interface IdChange {
  from: string;
  to: string;
}

/** The id of the `n`th item in a scheme: `FR-` and 3 digits give FR-007. */
export function formatSchemeId(scheme: IdScheme, n: number): string {
  return `${scheme.prefix}${String(n).padStart(scheme.digits, '0')}`;
}

/** The items numbered 1, 2, 3 ... in their current order, and which ids changed (none: already in order). */
export function renumberItems(
  items: readonly Item[],
  key: string,
  scheme: IdScheme,
): { items: Item[]; changes: IdChange[] } {
  const changes: IdChange[] = [];
  const renumbered = items.map((item, index) => {
    const to = formatSchemeId(scheme, index + 1);
    const from = String(item[key] ?? '');
    if (from === to) return item;
    changes.push({ from, to });
    return { ...item, [key]: to };
  });
  return { items: renumbered, changes };
}

/** Where a text value of the document mentions an old id: the dotted path of the value, and the id. */
export interface StaleReference {
  path: string;
  id: string;
}

/**
 * The text values of `values` (walked under `root`) that mention an id renumbering changed, as a whole word: they
 * now point at an old number. The renumbered ids themselves (`<field>.<n>.<idKey>`) are no references. Ids made of
 * digits only (story 3) are looked for as "<item name> 3", since a bare number in prose is no reference.
 */
export function staleReferences(
  values: unknown,
  root: string,
  changes: readonly IdChange[],
  renumbered: { field: string; idKey: string; itemName: string },
): StaleReference[] {
  const wanted = changes
    .filter((change) => change.from.trim() !== '')
    .map((change) => ({
      id: change.from,
      needle: (/^\d+$/.test(change.from)
        ? `${renumbered.itemName} ${change.from}`
        : change.from
      ).toLowerCase(),
    }));
  const idPath = new RegExp(`^${escapeRegExp(renumbered.field)}\\.\\d+\\.${escapeRegExp(renumbered.idKey)}$`);
  const found: StaleReference[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (idPath.test(path)) return;
      const lower = value.toLowerCase();
      for (const { id, needle } of wanted) if (mentions(lower, needle)) found.push({ path, id });
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, `${path}.${index}`);
    } else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
  };
  walk(values, root);
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `needle` in `text` with no letter or digit right before or after it (FR-1 is not in FR-10). */
function mentions(text: string, needle: string): boolean {
  const word = /[\p{L}\p{N}]/u;
  let at = text.indexOf(needle);
  while (at !== -1) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    if ((!before || !word.test(before)) && (!after || !word.test(after))) return true;
    at = text.indexOf(needle, at + 1);
  }
  return false;
}
