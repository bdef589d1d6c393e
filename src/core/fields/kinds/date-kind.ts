import { isValidIsoDate } from '../../checks/check-document';
import type { DateField } from '../../template/types';
import type { FieldKindModule } from '../field-kind-module';
import {
  checkRequiredString,
  clearLinePlaceholder,
  collectProse,
  isEmptyString,
  searchString,
  stringSchema,
} from './string-value';

/** A date as written; with `iso`, a value that is not a real YYYY-MM-DD date is an error. */
export const dateKind: FieldKindModule<DateField> = {
  valueSchema: stringSchema,
  initialValue: () => '',
  emptyValue: () => '',
  preset: false,
  isEmpty: isEmptyString,
  clearPlaceholders: clearLinePlaceholder,
  check: (field, value, checking) => {
    const text = checkRequiredString(field, value, checking);
    if (text && field.iso && !isValidIsoDate(text))
      checking.add('date', 'Use the format YYYY-MM-DD, for example 2026-01-31.');
  },
  collect: collectProse,
  sample: (_field, sampling) => sampling.text.date(),
  describe: () => 'date',
  search: searchString,
};
