import { writeCodeField } from '../../markdown/write/fields/code-field';
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
  write: (field, value, scope, ctx) => writeCodeField(field, value, scope, ctx),
  readBlock: (_field, node, reading) => {
    if (node.type !== 'code') return false;
    // Only the code block right before the next heading (or the end) is the field's: others are examples.
    const { next } = reading;
    if (next !== undefined && next.type !== 'heading' && next.type !== 'thematicBreak') return false;
    reading.fill(node.value);
    return true;
  },
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
