import { memo } from 'react';
import { Field } from '../../../components/ui/field';
import type { TextField } from '../../../core';
import { useEditor, useFieldIssue } from '../editor-session';
import { fieldDomId } from '../field-paths';
import { type ControlProps, issueMessage } from './control-props';

/** One line of text. Uncontrolled: typing re-renders nothing. */
export const TextControl = memo(function TextControl({
  field,
  name,
  placeholder,
  hideLabel,
}: ControlProps<TextField>) {
  const { form } = useEditor();
  const issue = useFieldIssue(name);
  return (
    <Field
      id={fieldDomId(name)}
      label={field.label}
      hideLabel={hideLabel}
      required={field.required}
      help={field.guidance}
      message={issueMessage(issue)}
    >
      {(a11y) => (
        <input
          type="text"
          {...a11y}
          {...form.register(name)}
          placeholder={placeholder ?? field.placeholder}
          autoComplete="off"
        />
      )}
    </Field>
  );
});
