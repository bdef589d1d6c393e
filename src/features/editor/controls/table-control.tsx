import { memo, useMemo } from 'react';
import { Message } from '../../../components/ui/field';
import { nextId, resolvePlaceholder, type TableColumn, type TableField } from '../../../core';
import { useEditor, useFieldIssue } from '../editor-session';
import { capitalize, fieldDomId, itemLabel } from '../field-paths';
import { ArrayShell } from './array-shell';
import { type ControlProps, issueMessage } from './control-props';
import { type ItemAction, ItemActions } from './item-actions';
import { useItems } from './use-item-actions';
import { VirtualItems } from './virtual-items';

type Row = Record<string, unknown>;

/** A table: each row a group of inputs, each cell labelled with its column; id columns numbered, never renumbered. */
export const TableControl = memo(function TableControl({ field, name, hideLabel }: ControlProps<TableField>) {
  const factory = useMemo(() => {
    const withId = (row: Row, rows: readonly Row[]) => {
      for (const column of field.columns) {
        if (column.id)
          row[column.key] = nextId(
            column.id,
            rows.map((r) => String(r[column.key] ?? '')),
          );
      }
      return row;
    };
    return {
      create: (rows: readonly Row[]) =>
        withId(Object.fromEntries(field.columns.map((column) => [column.key, ''])), rows),
      duplicate: withId,
    };
  }, [field]);
  const { array, add, onAction } = useItems(name, field.itemName, factory);
  const template = field.columns.map((column) =>
    column.id || column.options ? 'minmax(4.5rem, 6.5rem)' : 'minmax(6rem, 1fr)',
  );
  const style = { '--table-columns': `${template.join(' ')} auto` } as React.CSSProperties;
  return (
    <ArrayShell
      name={name}
      label={field.label}
      hideLabel={hideLabel}
      help={field.guidance}
      itemName={field.itemName}
      onAdd={add}
      className="table-field"
    >
      <div className="table-rows" style={style}>
        <div className="table-head" aria-hidden="true">
          {field.columns.map((column) => (
            <span key={column.key}>{column.label}</span>
          ))}
          <span />
        </div>
        {field.columns
          .filter((column) => column.options)
          .map((column) => (
            <datalist key={column.key} id={`${fieldDomId(name)}-${column.key}-options`}>
              {column.options?.map((option) => (
                <option key={option} value={option} />
              ))}
            </datalist>
          ))}
        <VirtualItems
          as="div"
          style={{ display: 'contents' }}
          name={name}
          items={array.fields}
          getKey={(row) => row.id}
        >
          {(_row, index) => (
            <TableRowGroup
              field={field}
              name={name}
              index={index}
              isFirst={index === 0}
              isLast={index === array.fields.length - 1}
              onAction={onAction}
            />
          )}
        </VirtualItems>
      </div>
    </ArrayShell>
  );
});

interface TableRowProps {
  field: TableField;
  name: string;
  index: number;
  isFirst: boolean;
  isLast: boolean;
  onAction: (action: ItemAction, index: number) => void;
}

const TableRowGroup = memo(function TableRowGroup({
  field,
  name,
  index,
  isFirst,
  isLast,
  onAction,
}: TableRowProps) {
  const label = itemLabel(field.itemName, index);
  const rowId = fieldDomId(`${name}.${index}`);
  return (
    <fieldset aria-label={capitalize(label)} className="table-row" id={rowId}>
      {field.columns.map((column) => (
        <Cell key={column.key} field={field} column={column} name={name} index={index} />
      ))}
      <ItemActions
        itemId={rowId}
        label={label}
        isFirst={isFirst}
        isLast={isLast}
        index={index}
        onAction={onAction}
      />
    </fieldset>
  );
});

interface CellProps {
  field: TableField;
  column: TableColumn;
  name: string;
  index: number;
}

const Cell = memo(function Cell({ field, column, name, index }: CellProps) {
  const { form } = useEditor();
  const path = `${name}.${index}.${column.key}`;
  const id = fieldDomId(path);
  const message = issueMessage(useFieldIssue(path));
  const placeholder = resolvePlaceholder(
    field.initialItems[index]?.placeholders?.[column.key] ?? column.placeholder,
    index + 1,
  );
  return (
    <div className={['cell', message && `has-${message.severity}`].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="cell-label">
        {column.label}
      </label>
      <input
        type="text"
        id={id}
        {...form.register(path)}
        className={column.id ? 'control id-input' : 'control'}
        placeholder={placeholder}
        autoComplete="off"
        list={column.options ? `${fieldDomId(name)}-${column.key}-options` : undefined}
        aria-invalid={message?.severity === 'error' ? true : undefined}
        aria-describedby={message ? `${id}-message` : undefined}
        aria-required={column.required || undefined}
      />
      {message ? <Message id={`${id}-message`} message={message} /> : null}
    </div>
  );
});
