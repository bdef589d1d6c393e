import type { MarkdownField } from '../../template/types';
import type { FieldKindModule } from '../field-kind-module';
import { checkRequiredString, collectProse, isEmptyString, searchString, stringSchema } from './string-value';

/**
 * Multi-line Markdown. The reader places it itself (it takes a run of blocks up to the next heading or slot, which
 * is the reader's state), so it reads no single block.
 */
export const markdownKind: FieldKindModule<MarkdownField> = {
  valueSchema: stringSchema,
  initialValue: (field) => field.defaultValue ?? '',
  emptyValue: () => '',
  preset: false,
  isEmpty: isEmptyString,
  clearPlaceholders: (_field, value, clearing) =>
    clearing.isMarkdownPlaceholder(value, clearing.placeholder) ? '' : value,
  check: (field, value, checking) => {
    checkRequiredString(field, value, checking);
  },
  collect: collectProse,
  sample: (_field, sampling) => sampling.text.markdown(),
  describe: () => 'paragraphs',
  search: searchString,
};
