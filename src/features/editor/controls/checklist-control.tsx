import { memo, useMemo } from 'react';
import { Message } from '../../../components/ui/field';
import { type ChecklistField, resolvePlaceholder } from '../../../core';
import { useEditor, useFieldIssue } from '../editor-session';
import { capitalize, fieldDomId, itemLabel } from '../field-paths';
import { ArrayShell } from './array-shell';
import { type ControlProps, issueMessage } from './control-props';
import { type ItemAction, ItemActions } from './item-actions';
import { useItems } from './use-item-actions';
import { VirtualItems } from './virtual-items';

/** A task list: a checkbox and a line of text per item. */
export const ChecklistControl = memo(function ChecklistControl({
  field,
  name,
  hideLabel,
}: ControlProps<ChecklistField>) {
  const factory = useMemo(
    () => ({
      create: () => ({ text: '', checked: false }),
      duplicate: (item: Record<string, unknown>) => item,
      focusKey: 'text',
    }),
    [],
  );
  const { array, add, onAction } = useItems(name, field.itemName, factory);
  return (
    <ArrayShell
      name={name}
      label={field.label}
      hideLabel={hideLabel}
      help={field.guidance}
      itemName={field.itemName}
      onAdd={add}
    >
      <VirtualItems
        as="ul"
        className="list-items checklist"
        name={name}
        items={array.fields}
        getKey={(item) => item.id}
      >
        {(_item, index) => (
          <ChecklistRow
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

interface ChecklistRowProps {
  field: ChecklistField;
  name: string;
  index: number;
  isFirst: boolean;
  isLast: boolean;
  onAction: (action: ItemAction, index: number) => void;
}

const ChecklistRow = memo(function ChecklistRow({
  field,
  name,
  index,
  isFirst,
  isLast,
  onAction,
}: ChecklistRowProps) {
  const { form } = useEditor();
  const path = `${name}.${index}.text`;
  const id = fieldDomId(path);
  const message = issueMessage(useFieldIssue(path));
  const label = capitalize(itemLabel(field.itemName, index));
  const placeholder = resolvePlaceholder(
    field.initialItems[index]?.placeholder ?? field.placeholder,
    index + 1,
  );
  return (
    <li className="list-item">
      <input
        type="checkbox"
        id={fieldDomId(`${name}.${index}.checked`)}
        {...form.register(`${name}.${index}.checked`)}
        aria-label={`${label} done`}
        className="check"
      />
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        type="text"
        id={id}
        {...form.register(path)}
        placeholder={placeholder}
        autoComplete="off"
        className="control"
        aria-invalid={message?.severity === 'error' ? true : undefined}
        aria-describedby={message ? `${id}-message` : undefined}
      />
      <ItemActions
        itemId={fieldDomId(`${name}.${index}`)}
        label={itemLabel(field.itemName, index)}
        isFirst={isFirst}
        isLast={isLast}
        index={index}
        onAction={onAction}
      />
      {message ? <Message id={`${id}-message`} message={message} /> : null}
    </li>
  );
});
