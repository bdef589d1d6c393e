import type { Field } from '../../template/types';
import type { Scope, WriteContext } from './context';
import { writeCodeField } from './fields/code-field';
import { writeGroupField } from './fields/group-field';
import { writeListField } from './fields/list-field';
import { writeLiteralField } from './fields/literal-field';
import { writeMarkdownField } from './fields/markdown-field';
import { writeTableField } from './fields/table-field';
import { assertNever } from './values';
import type { Written } from './written';

/**
 * The blocks of a block-level field, one handler per kind. `headingDepth` is the depth of the heading the field
 * sits under: a Markdown field's own headings are demoted below it.
 */
export function writeField(field: Field, scope: Scope, ctx: WriteContext, headingDepth: number): Written {
  const value = scope.values[field.id];
  switch (field.kind) {
    case 'text':
    case 'choice':
    case 'date':
      return writeLiteralField(field, value, scope, ctx);
    case 'markdown':
      return writeMarkdownField(field, value, scope, ctx, headingDepth);
    case 'code':
      return writeCodeField(field, value, scope, ctx);
    case 'list':
    case 'checklist':
      return writeListField(field, value, scope, ctx);
    case 'table':
      return writeTableField(field, value, scope, ctx);
    case 'group':
      return writeGroupField(field, value, scope, ctx, headingDepth);
    default:
      return assertNever(field);
  }
}
