import { isBlank, stringValue } from '../../../document/field-values';
import type { FieldValue } from '../../../document/spec-document';
import type { ChoiceField, DateField, TextField } from '../../../template/types';
import { valuePhrasing } from '../../inline-value';
import type { Scope, WriteContext } from '../context';
import { literalPhrasing } from '../literal';
import { placeholderFor } from '../values';
import { nothing, type Written } from '../written';

/** A one-line field placed as a block of its own: a paragraph of its inline Markdown (the placeholder is literal). */
export function writeLiteralField(
  field: TextField | ChoiceField | DateField,
  value: FieldValue | undefined,
  scope: Scope,
  ctx: WriteContext,
): Written {
  const text = stringValue(value);
  if (isBlank(text) && ctx.options.emptyFields === 'omit') return nothing;
  const children = isBlank(text)
    ? literalPhrasing(placeholderFor(scope, field))
    : valuePhrasing(text, () => ({ type: 'break' }));
  return { nodes: [{ type: 'paragraph', children }], content: !isBlank(text) };
}
