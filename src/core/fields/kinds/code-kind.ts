import type { CodeField } from '../../template/types';
import type { FieldKindModule } from '../field-kind-module';
import {
  checkRequiredString,
  clearLinePlaceholder,
  isEmptyString,
  searchString,
  stringSchema,
} from './string-value';

/** Literal multi-line text written as a fenced code block (an ASCII diagram). */
export const codeKind: FieldKindModule<CodeField> = {
  valueSchema: stringSchema,
  initialValue: (field) => field.defaultValue ?? '',
  emptyValue: () => '',
  preset: false,
  isEmpty: isEmptyString,
  clearPlaceholders: clearLinePlaceholder,
  check: (field, value, checking) => {
    checkRequiredString(field, value, checking);
  },
  // Code is never read by the rules.
  collect: () => {},
  sample: (_field, sampling) => sampling.text.diagram(),
  describe: () => 'code block',
  search: searchString,
};
