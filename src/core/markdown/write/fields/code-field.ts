import { isBlank, stringValue } from '../../../document/field-values';
import type { FieldValue } from '../../../document/spec-document';
import type { CodeField } from '../../../template/types';
import type { Scope, WriteContext } from '../context';
import { placeholderFor } from '../values';
import { nothing, type Written } from '../written';

/**
 * A code field: a fenced code block without a language. Its text is kept as typed (an ASCII diagram's indentation
 * matters); only line endings are normalized, trailing spaces dropped and so are the blank lines around it.
 */
export function writeCodeField(
  field: CodeField,
  value: FieldValue | undefined,
  scope: Scope,
  ctx: WriteContext,
): Written {
  const source = stringValue(value);
  if (isBlank(source) && ctx.options.emptyFields === 'omit') return nothing;
  const text = isBlank(source) ? placeholderFor(scope, field) : codeText(source);
  return { nodes: [{ type: 'code', lang: null, meta: null, value: text }], content: !isBlank(source) };
}

/** Code text as a fence holds it: LF line endings, no leading or trailing blank lines. */
export function codeText(value: string): string {
  const lines = value.replaceAll('\r\n', '\n').replaceAll('\r', '\n').replaceAll('\0', '\uFFFD').split('\n');
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  return lines.map((line) => line.trimEnd()).join('\n');
}
