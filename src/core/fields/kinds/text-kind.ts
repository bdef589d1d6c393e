import type { TextField } from '../../template/types';
import type { FieldKindModule } from '../field-kind-module';
import {
  checkRequiredString,
  clearLinePlaceholder,
  collectProse,
  isEmptyString,
  searchString,
  stringSchema,
} from './string-value';

/** One line of literal text, optionally in a format (`pattern`). */
export const textKind: FieldKindModule<TextField> = {
  valueSchema: stringSchema,
  initialValue: (field) => field.defaultValue ?? '',
  emptyValue: () => '',
  preset: false,
  isEmpty: isEmptyString,
  clearPlaceholders: clearLinePlaceholder,
  check: (field, value, checking) => {
    const text = checkRequiredString(field, value, checking);
    if (text && field.pattern && !new RegExp(field.pattern.regex).test(text))
      checking.add('pattern', field.pattern.message);
  },
  collect: collectProse,
  sample: (field, sampling) => sampling.line(field),
  describe: () => 'text',
  search: searchString,
};
