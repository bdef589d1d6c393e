import { memo, useMemo } from 'react';
import { Message } from '../../../components/ui/field';
import { nextId, resolvePlaceholder, type TableColumn, type TableField } from '../../../core';
import { useEditor, useFieldIssue } from '../editor-session';
import { capitalize, fieldDomId, itemLabel } from '../field-paths';
import { ArrayShell } from './array-shell';
import { type ControlProps, issueMessage } from './control-props';
import { type ItemAction, ItemActions } from './item-actions';
import { preventLineBreak } from './text-control';
import { useItems } from './use-item-actions';
import { VirtualItems } from './virtual-items';

type Row = Record<string, unknown>;

/**
 * A table: each row a group of cells, each labelled with its column. Short cells (ids, priorities) share a line
 * with the row's buttons; cells that hold sentences take the form's width below them and grow with their text. Id
 * columns are numbered when a row is added and renumbered only on "Renumber in order".
 */
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
    const idColumn = field.columns.find((column) => column.id);
    return {
      create: (rows: readonly Row[]) =>
        withId(Object.fromEntries(field.columns.map((column) => [column.key, ''])), rows),
      duplicate: withId,
      focusKey: field.columns.find((column) => !column.id)?.key,
      numbering: idColumn?.id ? { key: idColumn.key, scheme: idColumn.id } : undefined,
    };
  }, [field]);
  const { array, add, onAction, renumber } = useItems(name, field.itemName, factory);
  return (
    <ArrayShell
      name={name}
      label={field.label}
      hideLabel={hideLabel}
      help={field.guidance}
      itemName={field.itemName}
      onAdd={add}
      onRenumber={field.columns.some((column) => column.id) ? renumber : undefined}
      className="table-field"
    >
      <div className="table-rows">
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
  const compact = field.columns.filter(isCompact);
  const wide = field.columns.filter((column) => !isCompact(column));
  return (
    <fieldset
      aria-label={capitalize(label)}
      className="table-row"
      id={rowId}
      style={{ '--actions-order': compact.length } as React.CSSProperties}
    >
      {/* Short cells first, on the line of the row's buttons; the sentences below, as wide as the form. Tab
          follows the same order, the buttons last. */}
      {[...compact, ...wide].map((column, at) => (
        <Cell
          key={column.key}
          field={field}
          column={column}
          name={name}
          index={index}
          order={at < compact.length ? at : at + 1}
        />
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

/** Ids and choices are short; every other cell may hold a sentence. */
function isCompact(column: TableColumn): boolean {
  return Boolean(column.id || column.options);
}

interface CellProps {
  field: TableField;
  column: TableColumn;
  name: string;
  index: number;
  /** Where the cell is drawn in its row (CSS order). */
  order: number;
}

const Cell = memo(function Cell({ field, column, name, index, order }: CellProps) {
  const { form } = useEditor();
  const path = `${name}.${index}.${column.key}`;
  const id = fieldDomId(path);
  const message = issueMessage(useFieldIssue(path));
  const placeholder = resolvePlaceholder(
    field.initialItems[index]?.placeholders?.[column.key] ?? column.placeholder,
    index + 1,
  );
  const compact = isCompact(column);
  const a11y = {
    id,
    placeholder,
    'aria-invalid': message?.severity === 'error' ? true : undefined,
    'aria-describedby': message ? `${id}-message` : undefined,
    'aria-required': column.required || undefined,
  } as const;
  return (
    <div
      className={['cell', compact ? 'cell-compact' : 'cell-wide', message && `has-${message.severity}`]
        .filter(Boolean)
        .join(' ')}
      style={{ order }}
    >
      <label htmlFor={id} className="cell-label">
        {column.label}
      </label>
      {compact ? (
        <input
          type="text"
          {...a11y}
          {...form.register(path)}
          className={column.id ? 'control id-input' : 'control'}
          autoComplete="off"
          list={column.options ? `${fieldDomId(name)}-${column.key}-options` : undefined}
        />
      ) : (
        <textarea
          {...a11y}
          {...form.register(path)}
          className="control grow-text"
          rows={1}
          onKeyDown={preventLineBreak}
        />
      )}
      {message ? <Message id={`${id}-message`} message={message} /> : null}
    </div>
  );
});
