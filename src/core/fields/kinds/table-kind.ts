import { z } from 'zod';
import { formatId } from '../../document/create-document';
import type { FieldValue, TableRow } from '../../document/spec-document';
import { readTableRows } from '../../markdown/read/fields';
import { writeTableField } from '../../markdown/write/fields/table-field';
import { isEmptyRow, itemsValue } from '../../markdown/write/values';
import type { TableField } from '../../template/types';
import { resolvePlaceholder } from '../../template/walk';
import type { FieldKindModule } from '../field-kind-module';
import { idInWords } from '../id-in-words';
import { itemLabel } from '../item-label';

/** A table of one-line cells by column; an id column numbers its rows. */
export const tableKind: FieldKindModule<TableField> = {
  valueSchema: (field) => {
    const shape: Record<string, z.ZodString> = {};
    for (const column of field.columns) shape[column.key] = z.string();
    return z.array(z.object(shape));
  },
  initialValue: (field) =>
    field.initialItems.map((initial, index) => {
      const row: TableRow = {};
      for (const column of field.columns) {
        row[column.key] = initial.values?.[column.key] ?? (column.id ? formatId(column.id, index + 1) : '');
      }
      return row;
    }),
  emptyValue: () => [],
  isEmpty: (field, value) => itemsValue<TableRow>(value).every((row) => isEmptyRow(field, row)),
  write: (field, value, scope, ctx) => writeTableField(field, value, scope, ctx),
  readBlock: (field, node, reading) => {
    if (node.type !== 'table') return false;
    const rows = readTableRows(field, node);
    if (!rows) return false;
    reading.fill(rows);
    return true;
  },
  clearPlaceholders: (field, value, clearing) => {
    for (const [i, row] of (value as TableRow[]).entries()) {
      for (const column of field.columns) {
        if (column.id) continue;
        const placeholder = resolvePlaceholder(
          field.initialItems[i]?.placeholders?.[column.key] ?? column.placeholder,
          i + 1,
        );
        if (clearing.isPlaceholder(row[column.key], placeholder)) row[column.key] = '';
      }
    }
    return value;
  },
  check: (field, value, checking) => checking.table(field, value),
  collect: (field, value, collecting) => collecting.table(field, value),
  sample: (field, sampling): FieldValue =>
    Array.from({ length: sampling.count(field) }, (_, i) => sampling.row(field, i + 1)),
  describe: (field) => {
    const columns = field.columns.map((column) => column.label).join(', ');
    const idColumn = field.columns.find((column) => column.id);
    return `table with columns ${columns}${idColumn?.id ? ` (${idInWords(idColumn.id)})` : ''}`;
  },
  search: (field, value, searching) => {
    const rows = Array.isArray(value) ? (value as TableRow[]) : [];
    rows.forEach((row, index) => {
      const title = itemLabel(field.itemName, index);
      for (const column of field.columns)
        searching.push(
          `${searching.path}.${index}.${column.key}`,
          [...searching.where, field.label, title, column.label],
          row[column.key],
        );
    });
  },
};
