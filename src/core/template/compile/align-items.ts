import type { Block, Field, Segment } from '../types';
import { renameBlockFields, renameSegmentFields } from '../walk';

/**
 * Item `k` of a repeated part, with its fields renamed to the first item's by position (ids and labels, which
 * came from placeholders that may differ per item: `[Alternative 1]`, `[Alternative 2]`), so that two items of
 * one shape compare equal. Undefined when they do not have the same number of fields.
 */
export function alignFields<T extends Block | readonly Segment[]>(
  item: { fields: Field[]; parts: T[] },
  first: { fields: Field[] },
): { fields: Field[]; parts: T[] } | undefined {
  if (item.fields.length !== first.fields.length) return undefined;
  const renamed = new Map<string, string>();
  const fields = item.fields.map((field, i) => {
    const target = first.fields[i]!;
    renamed.set(field.id, target.id);
    return { ...field, id: target.id, label: target.label } as Field;
  });
  const parts = item.parts.map((part) =>
    Array.isArray(part)
      ? renameSegmentFields(part as readonly Segment[], renamed)
      : renameBlockFields(part as Block, renamed),
  ) as T[];
  return { fields, parts };
}
