import { memo } from 'react';
import type { Field } from '../../core';
import type { ControlProps } from './controls/control-props';
import { controlOf } from './controls/registry';

/** The control of a field: its kind's, from the registry of controls. */
export const FieldControl = memo(function FieldControl(props: ControlProps) {
  const Control = controlOf(props.field);
  return Control ? <Control {...props} /> : <UnknownField field={props.field} />;
});

/** The explicit fallback: a template with a kind this build does not know shows it instead of crashing. */
function UnknownField({ field }: { field: Field }) {
  return (
    <p className="notice">
      This version of Specwright cannot edit “{field.label}” (a field of kind “{field.kind}”).
    </p>
  );
}
