import { memo } from 'react';
import { Field } from '../../../components/ui/field';
import type { ChoiceField } from '../../../core';
import { useEditor, useFieldIssue } from '../editor-session';
import { fieldDomId } from '../field-paths';
import { type ControlProps, issueMessage } from './control-props';

/** A text input offering the template's options (datalist) and accepting anything typed. */
export const ChoiceControl = memo(function ChoiceControl({
  field,
  name,
  placeholder,
  hideLabel,
  size,
}: ControlProps<ChoiceField>) {
  const { form } = useEditor();
  const issue = useFieldIssue(name);
  const id = fieldDomId(name);
  const help = [field.guidance, `Suggested: ${field.options.join(', ')}. Any other value is accepted.`]
    .filter(Boolean)
    .join(' ');
  return (
    <Field
      id={id}
      label={field.label}
      hideLabel={hideLabel}
      required={field.required}
      help={help}
      message={issueMessage(issue)}
      className={size ? `field-choice field-${size}` : 'field-choice'}
    >
      {(a11y) => (
        <>
          <input
            type="text"
            {...a11y}
            {...form.register(name)}
            list={`${id}-options`}
            placeholder={placeholder ?? field.placeholder}
            autoComplete="off"
          />
          <datalist id={`${id}-options`}>
            {field.options.map((option) => (
              <option key={option} value={option} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
});
