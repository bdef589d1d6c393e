import type { ChoiceField } from '../../template/types';
import type { FieldKindModule } from '../field-kind-module';
import {
  checkRequiredString,
  clearLinePlaceholder,
  isEmptyString,
  searchString,
  stringSchema,
} from './string-value';

/** A value picked from the template's options (anything typed is kept too). */
export const choiceKind: FieldKindModule<ChoiceField> = {
  valueSchema: stringSchema,
  initialValue: (field) => field.defaultValue ?? '',
  emptyValue: () => '',
  preset: true,
  isEmpty: isEmptyString,
  clearPlaceholders: clearLinePlaceholder,
  check: (field, value, checking) => {
    checkRequiredString(field, value, checking);
  },
  // A choice is the template's own word: the rules never read it.
  collect: () => {},
  sample: (field, sampling) => sampling.text.pick(field.options),
  describe: (field) => (field.options.length > 0 ? `choice of ${field.options.join(', ')}` : 'choice'),
  search: searchString,
};
