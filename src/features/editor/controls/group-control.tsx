import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { type GroupField, newGroupItem, nextId, resolvePlaceholder } from '../../../core';
import { useEditor } from '../editor-session';
import { FieldControl } from '../field-control';
import { capitalize, fieldDomId, itemLabel } from '../field-paths';
import { ArrayShell } from './array-shell';
import type { ControlProps } from './control-props';
import { type ItemAction, ItemActions } from './item-actions';
import { useItems } from './use-item-actions';
import { VirtualItems } from './virtual-items';

type Item = Record<string, unknown>;

/** A repeatable group: each item holds its own fields, nested groups included (acceptance scenarios). */
export const GroupControl = memo(function GroupControl({ field, name, hideLabel }: ControlProps<GroupField>) {
  const factory = useMemo(() => {
    const withId = (item: Item, items: readonly Item[]) => {
      const idField = field.idField;
      if (idField)
        item[idField.field] = nextId(
          idField.scheme,
          items.map((i) => String(i[idField.field] ?? '')),
        );
      return item;
    };
    return {
      create: (items: readonly Item[]) => withId(newGroupItem(field, items.length + 1) as Item, items),
      duplicate: withId,
    };
  }, [field]);
  const { array, add, onAction } = useItems(name, field.itemName, factory);
  return (
    <ArrayShell
      name={name}
      label={field.label}
      hideLabel={hideLabel}
      help={field.guidance}
      itemName={field.itemName}
      onAdd={add}
      className={field.titleField ? 'group-field cards' : 'group-field rows'}
    >
      <VirtualItems
        as="ol"
        className="group-items"
        name={name}
        items={array.fields}
        getKey={(item) => item.id}
        estimateSize={field.titleField ? 400 : 80}
      >
        {(_item, index) => (
          <GroupItemView
            field={field}
            name={name}
            index={index}
            isFirst={index === 0}
            isLast={index === array.fields.length - 1}
            onAction={onAction}
          />
        )}
      </VirtualItems>
    </ArrayShell>
  );
});

interface GroupItemProps {
  field: GroupField;
  name: string;
  index: number;
  isFirst: boolean;
  isLast: boolean;
  onAction: (action: ItemAction, index: number) => void;
}

const GroupItemView = memo(function GroupItemView({
  field,
  name,
  index,
  isFirst,
  isLast,
  onAction,
}: GroupItemProps) {
  const label = itemLabel(field.itemName, index);
  const itemId = fieldDomId(`${name}.${index}`);
  const body = <ItemFields field={field} name={`${name}.${index}`} index={index} />;
  const actions = (
    <ItemActions
      itemId={itemId}
      label={label}
      isFirst={isFirst}
      isLast={isLast}
      index={index}
      onAction={onAction}
    />
  );
  if (!field.titleField) {
    return (
      <li className="group-item">
        <fieldset id={itemId} aria-label={capitalize(label)} className="row-item">
          <div className="row-item-fields">{body}</div>
          {actions}
        </fieldset>
      </li>
    );
  }
  return (
    <CollapsibleItem field={field} name={name} index={index} itemId={itemId} label={label} actions={actions}>
      {body}
    </CollapsibleItem>
  );
});

interface CollapsibleItemProps {
  field: GroupField;
  name: string;
  index: number;
  itemId: string;
  label: string;
  actions: React.ReactNode;
  children: React.ReactNode;
}

/** An item that collapses to its title ("User story 2: Upload a file"); the title is the only value it watches. */
function CollapsibleItem({ field, name, index, itemId, label, actions, children }: CollapsibleItemProps) {
  const { form } = useEditor();
  const [open, setOpen] = useState(true);
  const ref = useRef<HTMLLIElement>(null);
  const bodyId = useId();
  const title = useWatch({ control: form.control, name: `${name}.${index}.${field.titleField}` }) as
    | string
    | undefined;
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // A link of the error summary reveals the control it focuses.
    const reveal = () => setOpen(true);
    element.addEventListener('editor:reveal', reveal);
    return () => element.removeEventListener('editor:reveal', reveal);
  }, []);
  return (
    <li ref={ref} className="group-item">
      <fieldset id={itemId} aria-label={capitalize(label)} className="card-item">
        <div className="card-head">
          <button
            type="button"
            className="card-toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen((value) => !value)}
          >
            <span aria-hidden="true" className="chevron">
              {open ? '▾' : '▸'}
            </span>
            <span className="visually-hidden">{open ? 'Collapse ' : 'Expand '}</span>
            {capitalize(label)}
            {title?.trim() ? <span className="card-title">: {title}</span> : null}
          </button>
          {actions}
        </div>
        <div id={bodyId} className="card-body" hidden={!open}>
          {children}
        </div>
      </fieldset>
    </li>
  );
}

/** The fields of one item, each with the item's own placeholder. */
function ItemFields({ field, name, index }: { field: GroupField; name: string; index: number }) {
  const initial = field.initialItems[index] as GroupField['initialItems'][number] | undefined;
  return (
    <>
      {field.fields.map((inner) => (
        <FieldControl
          key={inner.id}
          field={inner}
          name={`${name}.${inner.id}`}
          placeholder={resolvePlaceholder(initial?.placeholders?.[inner.id] ?? inner.placeholder, index + 1)}
        />
      ))}
    </>
  );
}
