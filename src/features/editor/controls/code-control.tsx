import { memo } from 'react';
import { Field } from '../../../components/ui/field';
import type { CodeField } from '../../../core';
import { useEditor, useFieldIssue } from '../editor-session';
import { fieldDomId } from '../field-paths';
import { type ControlProps, issueMessage } from './control-props';

/** Literal multi-line text (an ASCII diagram): monospace, spaces kept, no wrapping, no spell checking. */
export const CodeControl = memo(function CodeControl({
  field,
  name,
  placeholder,
  hideLabel,
}: ControlProps<CodeField>) {
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
        <textarea
          {...a11y}
          {...form.register(name)}
          className="code-input grow-text"
          placeholder={placeholder ?? field.placeholder}
          rows={6}
          spellCheck={false}
          wrap="off"
        />
      )}
    </Field>
  );
});
