import { isBlank, stringValue } from '../../../document/field-values';
import type { FieldValue } from '../../../document/spec-document';
import type { MarkdownField } from '../../../template/types';
import type { Scope, WriteContext } from '../context';
import { fragmentBlocks } from '../fragment';
import { literalPhrasing } from '../literal';
import { placeholderFor } from '../values';
import { nothing, type Written } from '../written';

/**
 * A Markdown field: its value's blocks, headings demoted below the heading that holds the field. The placeholder
 * of an empty field is literal text, like every placeholder.
 */
export function writeMarkdownField(
  field: MarkdownField,
  value: FieldValue | undefined,
  scope: Scope,
  ctx: WriteContext,
  headingDepth: number,
): Written {
  const source = stringValue(value);
  if (!isBlank(source))
    return { nodes: fragmentBlocks(source, headingDepth, ctx.definitions), content: true };
  if (ctx.options.emptyFields === 'omit') return nothing;
  return {
    nodes: [{ type: 'paragraph', children: literalPhrasing(placeholderFor(scope, field)) }],
    content: false,
  };
}
