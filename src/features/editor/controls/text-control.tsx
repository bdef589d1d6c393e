import { memo } from 'react';
import { Field } from '../../../components/ui/field';
import type { TextField } from '../../../core';
import { useEditor, useFieldIssue } from '../editor-session';
import { fieldDomId } from '../field-paths';
import { type ControlProps, issueMessage } from './control-props';

/**
 * One line of text. Uncontrolled: typing re-renders nothing. A `wide` one (a requirement, a Given / When / Then) is
 * a box that wraps and grows with its text; it is still one line of the document, so Enter adds no line break.
 */
export const TextControl = memo(function TextControl({
  field,
  name,
  placeholder,
  hideLabel,
  size,
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
      className={size ? `field-${size}` : undefined}
    >
      {(a11y) =>
        size === 'wide' ? (
          <textarea
            {...a11y}
            {...form.register(name)}
            className="grow-text"
            rows={1}
            placeholder={placeholder ?? field.placeholder}
            onKeyDown={preventLineBreak}
          />
        ) : (
          <input
            type="text"
            {...a11y}
            {...form.register(name)}
            placeholder={placeholder ?? field.placeholder}
            autoComplete="off"
          />
        )
      }
    </Field>
  );
});

/** Enter in a one-line value that wraps: no line break (the value is a heading or one line of a list). */
export function preventLineBreak(event: React.KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key === 'Enter') event.preventDefault();
}
