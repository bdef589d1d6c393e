import { z } from 'zod';
import type { IssueCode } from '../../checks/check-document';
import { flagDuplicates, hasText, idFormatMessage, trimmedText } from '../../checks/id-checks';
import { itemSubject } from '../../checks/item-subject';
import { formatId } from '../../document/create-document';
import { isEmptyRow, itemsValue } from '../../document/field-values';
import type { FieldValue, TableRow } from '../../document/spec-document';
import type { TableField } from '../../template/types';
import { resolvePlaceholder } from '../../template/walk';
import type { FieldChecking, FieldKindModule, UnitCollecting } from '../field-kind-module';
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
  preset: false,
  isEmpty: (field, value) => itemsValue<TableRow>(value).every((row) => isEmptyRow(field, row)),
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
  check: checkTable,
  collect: collectTable,
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

/** A required table needs a started row; a started row needs its required cells; ids must be well-formed and unique. */
function checkTable(field: TableField, value: FieldValue | undefined, checking: FieldChecking): void {
  const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  // Identifier and option columns are pre-filled: only the others say a row was started.
  const freeColumns = field.columns.filter((c) => !c.id && !c.options);
  const started = rows.map((row) => freeColumns.some((c) => trimmedText(row[c.key]) !== ''));
  if (field.required && checking.enforceRequired && !started.some(Boolean))
    checking.add('required', `Write at least one ${field.itemName}.`);
  rows.forEach((row, index) => {
    const rowWhere = itemLabel(field.itemName, index);
    for (const column of field.columns) {
      const text = trimmedText(row[column.key]);
      const add = (code: IssueCode, message: string) =>
        checking.issue({
          path: `${checking.path}.${index}.${column.key}`,
          code,
          severity: 'error',
          message,
          where: `${rowWhere}: ${column.label}`,
        });
      if (!text) {
        if (column.required && started[index]) add('required', `${column.label} is required.`);
      } else if (column.id && !new RegExp(column.id.regex).test(text)) {
        add('idFormat', idFormatMessage(column.id));
      }
    }
  });
  for (const column of field.columns) {
    if (!column.id) continue;
    flagDuplicates(
      checking.issue,
      rows.map((row) => trimmedText(row[column.key])),
      (index) => `${checking.path}.${index}.${column.key}`,
      (index) => `${itemLabel(field.itemName, index)}: ${column.label}`,
    );
  }
}

/** Each cell of a started row that is not an option, named by the row's id ("FR-006") or its place. */
function collectTable(field: TableField, value: FieldValue | undefined, collecting: UnitCollecting): void {
  const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  const free = field.columns.filter((column) => !column.id && !column.options);
  const idColumn = field.columns.find((column) => column.id);
  rows.forEach((row, index) => {
    if (!row || !free.some((column) => hasText(row[column.key]))) return;
    const id = idColumn ? trimmedText(row[idColumn.key]) : '';
    const subject = itemSubject(field.itemName, idColumn?.id, id, index);
    for (const column of field.columns) {
      const text = trimmedText(row[column.key]);
      if (!text || column.options) continue;
      collecting.text({
        path: `${collecting.path}.${index}.${column.key}`,
        subject,
        field: column.label,
        role: column.role,
        text,
        id: column.id ? { scheme: column.id, sequence: `${collecting.path}.${column.key}` } : undefined,
      });
    }
  });
}
