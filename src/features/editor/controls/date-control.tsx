import { memo } from 'react';
import { Field } from '../../../components/ui/field';
import type { DateField } from '../../../core';
import { useEditor, useFieldIssue } from '../editor-session';
import { fieldDomId } from '../field-paths';
import { type ControlProps, issueMessage } from './control-props';

/**
 * A date as text (real specs write "early March 2026"), with a native date picker beside it that writes
 * YYYY-MM-DD into the text.
 */
export const DateControl = memo(function DateControl({
  field,
  name,
  placeholder,
  hideLabel,
}: ControlProps<DateField>) {
  const { form, commit } = useEditor();
  const issue = useFieldIssue(name);
  const help = [
    field.guidance,
    field.iso ? 'Write it as YYYY-MM-DD, or pick it.' : 'Any text, or pick a date.',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Field
      id={fieldDomId(name)}
      label={field.label}
      hideLabel={hideLabel}
      required={field.required}
      help={help}
      message={issueMessage(issue)}
    >
      {(a11y) => (
        <div className="date-row">
          <input
            type="text"
            {...a11y}
            {...form.register(name)}
            placeholder={placeholder ?? field.placeholder}
            autoComplete="off"
          />
          <input
            type="date"
            className="control date-picker"
            aria-label={`Pick ${field.label} from a calendar`}
            onChange={(event) => {
              if (!event.target.value) return;
              form.setValue(name, event.target.value, { shouldDirty: true });
              commit();
            }}
          />
        </div>
      )}
    </Field>
  );
});
