import { z } from 'zod';
import type { FieldValue } from '../../document/spec-document';
import type { ListField } from '../../template/types';
import type { FieldKindModule } from '../field-kind-module';
import {
  checkItemList,
  clearItemPlaceholders,
  collectItemList,
  isEmptyItemList,
  searchItemList,
} from './item-list';

const listItemSchema = z.object({ text: z.string() });

/** A bullet list of one-line items. */
export const listKind: FieldKindModule<ListField> = {
  valueSchema: () => z.array(listItemSchema),
  initialValue: (field) => field.initialItems.map(() => ({ text: '' })),
  emptyValue: () => [],
  preset: false,
  isEmpty: isEmptyItemList,
  clearPlaceholders: clearItemPlaceholders,
  check: checkItemList,
  collect: collectItemList,
  sample: (field, sampling): FieldValue =>
    Array.from({ length: sampling.count(field) }, () => ({ text: sampling.text.sentence(4, 16) })),
  describe: () => 'list',
  search: searchItemList,
};
