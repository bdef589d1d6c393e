import type { Field, FieldKind } from '../template/types';
import type { FieldKindModule, FieldOfKind } from './field-kind-module';
import { checklistKind } from './kinds/checklist-kind';
import { choiceKind } from './kinds/choice-kind';
import { codeKind } from './kinds/code-kind';
import { dateKind } from './kinds/date-kind';
import { groupKind } from './kinds/group-kind';
import { listKind } from './kinds/list-kind';
import { markdownKind } from './kinds/markdown-kind';
import { tableKind } from './kinds/table-kind';
import { textKind } from './kinds/text-kind';

/**
 * One module per field kind. A kind added to `Field` without a module here, or a module missing a piece, fails
 * `tsc`. Import kind modules only through this registry: a kind module reached first through another path would
 * be half evaluated when the registry (which the group kind imports back) reads it.
 */
export const fieldKinds = {
  text: textKind,
  markdown: markdownKind,
  choice: choiceKind,
  date: dateKind,
  code: codeKind,
  list: listKind,
  checklist: checklistKind,
  table: tableKind,
  group: groupKind,
} satisfies { [K in FieldKind]: FieldKindModule<FieldOfKind<K>> };

/** The module of a field's kind, typed for that field. Throws on a kind no module handles (unvalidated input). */
export function kindOf<F extends Field>(field: F): FieldKindModule<F> {
  const module: unknown = fieldKinds[field.kind as FieldKind];
  if (!module) throw new Error(`Unknown field kind: ${JSON.stringify(field.kind)}`);
  // Sound: `fieldKinds` maps every kind K to a FieldKindModule<FieldOfKind<K>>, and F's kind is K.
  return module as FieldKindModule<F>;
}
