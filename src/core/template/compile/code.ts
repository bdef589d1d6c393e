import type { Code } from 'mdast';
import type { CodeField, MarkdownField } from '../types';
import type { FieldScope } from './scope';

/**
 * A fenced code block as a field. Without a language, a code field whose placeholder is the block's text (an ASCII
 * diagram to replace). With a language or meta (` ```text `), which a code field does not write, a Markdown field
 * pre-filled with the fence: the untouched document still writes it as it was, and the author edits it in place.
 */
export function compileCode(
  code: Code,
  scope: FieldScope,
  label: string,
  source: string,
): CodeField | MarkdownField {
  if (!code.lang && !code.meta && !code.value.includes('{n}') && !code.value.includes('{nnn}'))
    return scope.add(label, (id) => ({
      id,
      kind: 'code' as const,
      label,
      placeholder: code.value,
      required: false,
    }));
  const fence = source.slice(code.position?.start.offset ?? 0, code.position?.end.offset ?? 0);
  return scope.add(label, (id) => ({
    id,
    kind: 'markdown' as const,
    label,
    placeholder: '',
    required: false,
    defaultValue: fence,
  }));
}
