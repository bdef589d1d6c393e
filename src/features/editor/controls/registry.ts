import type { ComponentType } from 'react';
import type { Field, FieldKind, FieldOfKind } from '../../../core';
import { ChecklistControl } from './checklist-control';
import { ChoiceControl } from './choice-control';
import { CodeControl } from './code-control';
import type { ControlProps } from './control-props';
import { DateControl } from './date-control';
import { GroupControl } from './group-control';
import { ListControl } from './list-control';
import { MarkdownControl } from './markdown-control';
import { TableControl } from './table-control';
import { TextControl } from './text-control';

/** The control that edits a field of kind K. */
export type KindControl<K extends FieldKind> = ComponentType<ControlProps<FieldOfKind<K>>>;

/**
 * One control per field kind: a kind added to `Field` without a control here fails `tsc`. Import controls through
 * `FieldControl`, not this module's entries one by one: the group control renders `FieldControl` back.
 */
export const fieldControls = {
  text: TextControl,
  markdown: MarkdownControl,
  choice: ChoiceControl,
  date: DateControl,
  code: CodeControl,
  list: ListControl,
  checklist: ChecklistControl,
  table: TableControl,
  group: GroupControl,
} satisfies { [K in FieldKind]: KindControl<K> };

/** The control of a field's kind, typed for that field; undefined for a kind this build does not know. */
export function controlOf<F extends Field>(field: F): ComponentType<ControlProps<F>> | undefined {
  const control: unknown = fieldControls[field.kind as FieldKind];
  // Sound: `fieldControls` maps every kind K to a control of FieldOfKind<K>, and F's kind is K.
  return control as ComponentType<ControlProps<F>> | undefined;
}
