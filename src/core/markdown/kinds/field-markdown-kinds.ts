import type { List, RootContent } from 'mdast';
import type { FieldValue } from '../../document/spec-document';
import type { FieldOfKind } from '../../fields/field-kind-module';
import type { Field, FieldKind } from '../../template/types';
import { readChecklistItems, readListItems, readTableRows } from '../read/fields';
import { writeCodeField } from '../write/fields/code-field';
import { writeGroupField } from '../write/fields/group-field';
import { writeListField } from '../write/fields/list-field';
import { writeLiteralField } from '../write/fields/literal-field';
import { writeMarkdownField } from '../write/fields/markdown-field';
import { writeTableField } from '../write/fields/table-field';
import type { BlockReading, FieldMarkdownModule } from './field-markdown-module';

/** A kind that is never a block of its own in the reader's eyes (read from its line, or by the reader itself). */
const readsNoBlock = (): boolean => false;

/** A list kind's block: a list whose items `read` takes (undefined when they are not of the kind). */
function readsList(
  read: (list: List) => FieldValue | undefined,
  { bulletedOnly }: { bulletedOnly: boolean },
): (field: Field, node: RootContent, reading: BlockReading) => boolean {
  return (_field, node, reading) => {
    if (node.type !== 'list' || (bulletedOnly && node.ordered)) return false;
    const items = read(node);
    if (!items) return false;
    reading.fill(items);
    return true;
  };
}

/** A one-line kind: written on its line, read from it (never a block of its own). */
const lineKind = {
  write: (field, value, scope, ctx) => writeLiteralField(field, value, scope, ctx),
  readBlock: readsNoBlock,
} satisfies FieldMarkdownModule<FieldOfKind<'text' | 'choice' | 'date'>>;

/**
 * One Markdown half per field kind (see `FieldMarkdownModule`). A kind added to `Field` without one here fails
 * `tsc`.
 */
export const fieldMarkdownKinds = {
  text: lineKind,
  choice: lineKind,
  date: lineKind,
  markdown: {
    write: (field, value, scope, ctx, headingDepth) =>
      writeMarkdownField(field, value, scope, ctx, headingDepth),
    // Markdown fields take what is left between headings, which only the reader knows.
    readBlock: readsNoBlock,
  },
  code: {
    write: (field, value, scope, ctx) => writeCodeField(field, value, scope, ctx),
    readBlock: (_field, node, reading) => {
      if (node.type !== 'code') return false;
      // Only the code block right before the next heading (or the end) is the field's: others are examples.
      const { next } = reading;
      if (next !== undefined && next.type !== 'heading' && next.type !== 'thematicBreak') return false;
      reading.fill(node.value);
      return true;
    },
  },
  list: {
    write: (field, value, scope, ctx) => writeListField(field, value, scope, ctx),
    readBlock: readsList(readListItems, { bulletedOnly: true }),
  },
  checklist: {
    write: (field, value, scope, ctx) => writeListField(field, value, scope, ctx),
    readBlock: readsList(readChecklistItems, { bulletedOnly: false }),
  },
  table: {
    write: (field, value, scope, ctx) => writeTableField(field, value, scope, ctx),
    readBlock: (field, node, reading) => {
      if (node.type !== 'table') return false;
      const rows = readTableRows(field, node);
      if (!rows) return false;
      reading.fill(rows);
      return true;
    },
  },
  group: {
    write: (field, value, scope, ctx, headingDepth) =>
      writeGroupField(field, value, scope, ctx, headingDepth),
    readBlock: (field, node, reading) => reading.readGroup(field, node),
  },
} satisfies { [K in FieldKind]: FieldMarkdownModule<FieldOfKind<K>> };

/** The Markdown half of a field's kind, typed for that field. Throws on a kind no module handles. */
export function markdownKindOf<F extends Field>(field: F): FieldMarkdownModule<F> {
  const module: unknown = fieldMarkdownKinds[field.kind as FieldKind];
  if (!module) throw new Error(`Unknown field kind: ${JSON.stringify(field.kind)}`);
  // Sound: `fieldMarkdownKinds` maps every kind K to a FieldMarkdownModule<FieldOfKind<K>>, and F's kind is K.
  return module as FieldMarkdownModule<F>;
}
