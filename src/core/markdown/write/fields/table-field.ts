import type { TableRow as MdastTableRow, PhrasingContent, Table, TableCell } from 'mdast';
import { isBlank, isEmptyRow, itemsValue } from '../../../document/field-values';
import type { FieldValue, TableRow } from '../../../document/spec-document';
import type { TableField } from '../../../template/types';
import { resolvePlaceholder } from '../../../template/walk';
import { valuePhrasing } from '../../inline-value';
import type { Scope, WriteContext } from '../context';
import { literalCell } from '../literal';
import { nothing, type Written } from '../written';
import { writtenItem } from '../written-item';

/**
 * A table field: a GFM table whose header row is the column labels. Cells are inline Markdown, line breaks written
 * as `<br>`. An empty cell is its placeholder, or empty with "Leave out", which also leaves out rows with no content
 * (identifier and option columns do not count) and the whole table when no row is left.
 */
export function writeTableField(
  field: TableField,
  value: FieldValue | undefined,
  _scope: Scope,
  ctx: WriteContext,
): Written {
  const placeholders = ctx.options.emptyFields === 'placeholder';
  const given = itemsValue<TableRow>(value);
  const rows = given.length === 0 && placeholders ? [{}] : given;
  const body: MdastTableRow[] = [];
  rows.forEach((row, index) => {
    if (!placeholders && isEmptyRow(field, row)) return;
    const initial = field.initialItems[index];
    const written = writtenItem(ctx, field, row, `row|${index}`, (): MdastTableRow[] => {
      const cells = field.columns.map((column): TableCell => {
        const text = row[column.key] ?? '';
        if (!isBlank(text)) return { type: 'tableCell', children: cellPhrasing(text) };
        if (!placeholders) return { type: 'tableCell', children: [] };
        const placeholder = initial?.placeholders?.[column.key] ?? column.placeholder;
        return { type: 'tableCell', children: literalCell(resolvePlaceholder(placeholder, index + 1)) };
      });
      return [{ type: 'tableRow', children: cells }];
    });
    body.push(...written);
  });
  if (body.length === 0 && !placeholders) return nothing;
  const header: MdastTableRow = {
    type: 'tableRow',
    children: field.columns.map((column) => ({
      type: 'tableCell',
      children: [{ type: 'text', value: column.label }],
    })),
  };
  const table: Table = { type: 'table', align: field.columns.map(() => null), children: [header, ...body] };
  return { nodes: [table], content: given.some((row) => !isEmptyRow(field, row)) };
}

/**
 * The phrasing of a cell's value. Raw HTML is written as is, so an HTML node with a `|` (`<span title="a|b">`)
 * would split the row: it becomes text, which the serializer escapes. Everything else escapes its own `|`.
 */
function cellPhrasing(value: string): PhrasingContent[] {
  return valuePhrasing(value, () => ({ type: 'html', value: '<br>' })).map(pipeSafe);
}

function pipeSafe(node: PhrasingContent): PhrasingContent {
  if (node.type === 'html' && node.value.includes('|')) return { type: 'text', value: node.value };
  if ('children' in node) return { ...node, children: node.children.map(pipeSafe) } as PhrasingContent;
  return node;
}
