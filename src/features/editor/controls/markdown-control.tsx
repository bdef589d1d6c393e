import { memo } from 'react';
import { Field } from '../../../components/ui/field';
import type { MarkdownField } from '../../../core';
import { useEditor, useFieldIssue } from '../editor-session';
import { fieldDomId } from '../field-paths';
import { type ControlProps, issueMessage } from './control-props';
import { applyMarkdownShortcut } from './markdown-shortcuts';

/**
 * Multi-line Markdown: a textarea as wide as the form that grows with its text, with the usual shortcuts (Ctrl+B,
 * Ctrl+I, Ctrl+E, Ctrl+K); the preview shows what it becomes.
 */
export const MarkdownControl = memo(function MarkdownControl({
  field,
  name,
  placeholder,
  hideLabel,
}: ControlProps<MarkdownField>) {
  const { form } = useEditor();
  const issue = useFieldIssue(name);
  return (
    <Field
      id={fieldDomId(name)}
      label={field.label}
      hideLabel={hideLabel}
      required={field.required}
      help={field.guidance ? `${field.guidance} Markdown is allowed.` : 'Markdown is allowed.'}
      message={issueMessage(issue)}
    >
      {(a11y) => (
        <textarea
          {...a11y}
          {...form.register(name)}
          placeholder={placeholder ?? field.placeholder}
          rows={4}
          className="grow-text"
          onKeyDown={applyMarkdownShortcut}
          aria-keyshortcuts="Control+B Control+I Control+E Control+K"
        />
      )}
    </Field>
  );
});
