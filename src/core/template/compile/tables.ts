import type { Table, TableCell } from 'mdast';
import type { TableColumn, TableField } from '../types';
import { resolvePlaceholder } from '../walk';
import { idScheme } from './lists';
import { IdAllocator } from './naming';
import { numberedPlaceholder } from './placeholders';
import type { FieldScope } from './scope';

/** A cell's one-line plain text ('' when empty), or undefined when it holds formatting the writer cannot redo. */
function cellText(cell: TableCell): string | undefined {
  if (cell.children.length === 0) return '';
  if (cell.children.length > 1 || cell.children[0]?.type !== 'text') return undefined;
  return cell.children[0].value;
}

/**
 * A GFM table as a table field: its header row the columns, each body row an initial row whose cells are its
 * placeholders. A column whose cells run `FR-1`, `FR-2` ... (or `CHK001` ...) is an id column with that scheme.
 * Undefined when a cell holds formatting, the table is aligned, or it has no body row (all of which the writer
 * would not write back the same).
 */
export function compileTable(table: Table, scope: FieldScope, label: string): TableField | undefined {
  if (table.align?.some((a) => a !== null && a !== undefined)) return undefined;
  const [head, ...rows] = table.children;
  if (!head || rows.length === 0) return undefined;
  // A short row would be written back with all its cells.
  if (rows.some((row) => row.children.length !== head.children.length)) return undefined;
  const labels = head.children.map(cellText);
  if (labels.some((l) => l === undefined || l === '')) return undefined;
  const body = rows.map((row) => row.children.map(cellText));
  if (body.some((cells) => cells.some((c) => c === undefined))) return undefined;
  const cells = body as string[][];

  const keys = new IdAllocator(['id']);
  let idTaken = false;
  const columns: TableColumn[] = (labels as string[]).map((columnLabel, i) => {
    const values = cells.map((row) => row[i]!);
    const scheme = idTaken ? undefined : idScheme(values);
    if (scheme) idTaken = true;
    const key =
      scheme && /^(id|ref|#)$/i.test(columnLabel) ? keys.take('ref') : keys.take(columnLabel, 'column');
    const column: TableColumn = {
      key,
      label: columnLabel,
      placeholder: scheme ? '' : (numberedPlaceholder(values) ?? values[0]!),
      required: false,
    };
    if (scheme)
      return {
        ...column,
        placeholder: `${scheme.prefix}${scheme.digits === 3 ? '{nnn}' : '{n}'}`,
        required: true,
        id: scheme,
      };
    return column;
  });
  const initialItems = cells.map((row, r) => {
    const placeholders: Record<string, string> = {};
    columns.forEach((column, i) => {
      if (!column.id && row[i] !== resolvePlaceholder(column.placeholder, r + 1))
        placeholders[column.key] = row[i]!;
    });
    return Object.keys(placeholders).length > 0 ? { placeholders } : {};
  });
  return scope.add(label, (id) => ({
    id,
    kind: 'table' as const,
    label,
    itemName: 'row',
    placeholder: '',
    required: false,
    columns,
    initialItems,
  }));
}
