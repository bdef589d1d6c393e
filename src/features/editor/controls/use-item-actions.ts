import { useCallback, useRef } from 'react';
import { type FieldValues, type UseFieldArrayReturn, useFieldArray } from 'react-hook-form';
import type { IdScheme } from '../../../core';
import { useEditor } from '../editor-session';
import { fieldDomId, itemLabel } from '../field-paths';
import { renumberItems, staleReferences } from '../renumber-items';
import { type ItemAction, itemActionId } from './item-actions';

type Item = Record<string, unknown>;

export interface ItemFactory {
  /** A new item, given the items already there (for its id). */
  create(items: readonly Item[]): Item;
  /** A copy of `item` (with a new id), given the items already there. */
  duplicate(item: Item, items: readonly Item[]): Item;
  /** The key of the value a new item's text goes in: focus goes there, not to its pre-filled id. */
  focusKey?: string;
  /** How items are numbered, if they are: "Renumber in order" rewrites `key` by `scheme`. */
  numbering?: { key: string; scheme: IdScheme };
}

/** A repeatable field's items (`useFieldArray`, keyed by `id`) and its add / item actions, all stable. */
export function useItems(
  name: string,
  itemName: string,
  factory: ItemFactory,
): {
  array: UseFieldArrayReturn<FieldValues>;
  add: () => void;
  onAction: (action: ItemAction, index: number) => void;
  /** Numbers the items 1, 2, 3 ... in their order (one undo step), and says what text still has old numbers. */
  renumber: () => void;
} {
  const session = useEditor();
  const array = useFieldArray({ control: session.form.control, name });
  const latest = useRef({ array, factory });
  latest.current = { array, factory };

  const items = useCallback(() => (session.form.getValues(name) ?? []) as Item[], [session, name]);

  const focusLater = useCallback((ids: readonly string[]) => {
    window.requestAnimationFrame(() => {
      for (const id of ids) {
        const element = document.getElementById(id);
        if (element && !(element as HTMLButtonElement).disabled) {
          element.focus();
          return;
        }
      }
    });
  }, []);

  /** The items there are, and those removed earlier: ids are numbered past all of them. */
  const numbered = useCallback(
    () => [...items(), ...(session.retired.get(name) ?? [])],
    [session, name, items],
  );

  const add = useCallback(() => {
    const { array, factory } = latest.current;
    const index = items().length;
    // The text of the new item, not its pre-filled id: that is what the user came to write.
    array.append(
      factory.create(numbered()),
      factory.focusKey ? { focusName: `${name}.${index}.${factory.focusKey}` } : undefined,
    );
    session.commit();
  }, [session, name, items, numbered]);

  /** The item's own number ("3" of user story 3), for its name in messages. */
  const ownNumber = useCallback((item: Item | undefined) => {
    const key = latest.current.factory.numbering?.key;
    return key && item ? String(item[key] ?? '') : undefined;
  }, []);

  const renumber = useCallback(() => {
    const numbering = latest.current.factory.numbering;
    if (!numbering) return;
    const { items: renumbered, changes } = renumberItems(items(), numbering.key, numbering.scheme);
    if (changes.length === 0) {
      session.notify({ text: 'Already numbered in order: nothing changed.' });
      return;
    }
    const stale = staleReferences(session.form.getValues('fields'), 'fields', changes, {
      field: name,
      idKey: numbering.key,
      itemName,
    });
    session.form.setValue(name, renumbered, { shouldDirty: true });
    session.commit();
    const where = [...new Set(stale.map((reference) => reference.id))];
    session.notify({
      text:
        `Renumbered ${changes.length} ${changes.length === 1 ? 'item' : 'items'} in order.` +
        (where.length
          ? ` The text still mentions the old ${where.length === 1 ? 'number' : 'numbers'} ${where.join(', ')}: check ${
              stale.length === 1 ? 'that reference' : `those ${stale.length} references`
            }.`
          : ' No text mentions the old numbers.'),
      action: { label: 'Undo', onAction: () => session.undo() },
    });
  }, [session, name, itemName, items]);

  const onAction = useCallback(
    (action: ItemAction, index: number) => {
      const { array, factory } = latest.current;
      const current = items();
      const idOf = (i: number) => fieldDomId(`${name}.${i}`);
      switch (action) {
        case 'moveUp':
        case 'moveDown': {
          const to = action === 'moveUp' ? index - 1 : index + 1;
          if (to < 0 || to >= current.length) return;
          array.move(index, to);
          session.commit();
          focusLater([
            itemActionId(idOf(to), action),
            itemActionId(idOf(to), action === 'moveUp' ? 'moveDown' : 'moveUp'),
          ]);
          return;
        }
        case 'duplicate': {
          const item = current[index];
          if (!item) return;
          array.insert(index + 1, factory.duplicate(structuredClone(item), numbered()));
          session.commit();
          return;
        }
        case 'remove': {
          const item = current[index];
          if (!item) return;
          const removed = structuredClone(item);
          const label = itemLabel(itemName, index, ownNumber(item));
          session.retired.set(name, [...(session.retired.get(name) ?? []), removed]);
          array.remove(index);
          session.commit();
          // Removing is a finished edit of the list: what it leaves wrong (no item at all) may show now.
          session.store.markLeft(name);
          focusLater([
            itemActionId(idOf(index), 'remove'),
            itemActionId(idOf(index - 1), 'remove'),
            `${fieldDomId(name)}-add`,
          ]);
          session.notify({
            text: `Removed ${label}.`,
            action: {
              label: 'Undo',
              onAction: () => {
                const now = items();
                const restored = [...now.slice(0, index), removed, ...now.slice(index)];
                session.form.setValue(name, restored, { shouldDirty: true });
                session.commit();
                focusLater([itemActionId(idOf(index), 'remove')]);
              },
            },
          });
          return;
        }
        default: {
          const never: never = action;
          throw new Error(`Unknown item action ${String(never)}`);
        }
      }
    },
    [session, name, itemName, items, numbered, focusLater, ownNumber],
  );

  return { array, add, onAction, renumber };
}
