import type { Field } from '../../template/types';
import { markdownKindOf } from '../kinds/field-markdown-kinds';
import type { Scope, WriteContext } from './context';
import type { Written } from './written';

/**
 * The blocks of a block-level field, written by its kind's module. `headingDepth` is the depth of the heading the
 * field sits under: a Markdown field's own headings are demoted below it.
 */
export function writeField(field: Field, scope: Scope, ctx: WriteContext, headingDepth: number): Written {
  return markdownKindOf(field).write(field, scope.values[field.id], scope, ctx, headingDepth);
}
