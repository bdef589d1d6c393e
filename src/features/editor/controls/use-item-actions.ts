import { useCallback, useRef } from 'react';
import { type FieldValues, type UseFieldArrayReturn, useFieldArray } from 'react-hook-form';
import { useEditor } from '../editor-session';
import { fieldDomId, itemLabel } from '../field-paths';
import { type ItemAction, itemActionId } from './item-actions';

type Item = Record<string, unknown>;

export interface ItemFactory {
  /** A new item, given the items already there (for its id). */
  create(items: readonly Item[]): Item;
  /** A copy of `item` (with a new id), given the items already there. */
  duplicate(item: Item, items: readonly Item[]): Item;
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
    // append focuses the new item's first control.
    latest.current.array.append(latest.current.factory.create(numbered()));
    session.commit();
  }, [session, numbered]);

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
          session.retired.set(name, [...(session.retired.get(name) ?? []), removed]);
          array.remove(index);
          session.commit();
          focusLater([
            itemActionId(idOf(index), 'remove'),
            itemActionId(idOf(index - 1), 'remove'),
            `${fieldDomId(name)}-add`,
          ]);
          session.notify({
            text: `Removed ${itemLabel(itemName, index)}.`,
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
    [session, name, itemName, items, numbered, focusLater],
  );

  return { array, add, onAction };
}
