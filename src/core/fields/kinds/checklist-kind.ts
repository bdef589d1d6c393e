import { z } from 'zod';
import type { FieldValue } from '../../document/spec-document';
import type { ChecklistField } from '../../template/types';
import type { FieldKindModule } from '../field-kind-module';
import {
  checkItemList,
  clearItemPlaceholders,
  collectItemList,
  isEmptyItemList,
  searchItemList,
} from './item-list';

const checklistItemSchema = z.object({ text: z.string(), checked: z.boolean() });

/** A GFM task list: items of one line of text, each checked or not. */
export const checklistKind: FieldKindModule<ChecklistField> = {
  valueSchema: () => z.array(checklistItemSchema),
  initialValue: (field) => field.initialItems.map(() => ({ text: '', checked: false })),
  emptyValue: () => [],
  preset: false,
  isEmpty: isEmptyItemList,
  clearPlaceholders: clearItemPlaceholders,
  check: checkItemList,
  collect: collectItemList,
  sample: (field, sampling): FieldValue =>
    Array.from({ length: sampling.count(field) }, () => ({
      text: sampling.text.sentence(4, 14),
      checked: sampling.text.chance(0.4),
    })),
  describe: () => 'checklist',
  search: searchItemList,
};
