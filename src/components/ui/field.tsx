import type { ReactNode } from 'react';
import './ui.css';

/** The attributes a control needs to be tied to its label, help and message. */
export interface ControlA11y {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

/** A message shown under a control: an error (blocks nothing, but is wrong) or a warning. */
export interface FieldMessage {
  text: string;
  severity: 'error' | 'warning';
}

export interface FieldProps {
  /** The control's id; help and message ids derive from it. */
  id: string;
  label: string;
  /** Keep the label for assistive technology only (a heading already says it). */
  hideLabel?: boolean;
  required?: boolean;
  /** Guidance, shown collapsed under the label. */
  help?: string;
  message?: FieldMessage;
  className?: string;
  /** Renders the control with the ids and states that tie it to the label, help and message. */
  children: (a11y: ControlA11y) => ReactNode;
}

/** The ids of a field's help and message, and the `aria-*` attributes a control needs to point at them. */
export function controlA11y(
  id: string,
  options: { help?: boolean; message?: FieldMessage; required?: boolean },
) {
  const describedBy = [options.message && `${id}-message`, options.help && `${id}-help`].filter(Boolean);
  const a11y: ControlA11y = { id };
  if (describedBy.length) a11y['aria-describedby'] = describedBy.join(' ');
  if (options.message?.severity === 'error') a11y['aria-invalid'] = true;
  if (options.required) a11y['aria-required'] = true;
  return a11y;
}

/** A label, collapsible help, the control and its message, tied together with ids. */
export function Field({ id, label, hideLabel, required, help, message, className, children }: FieldProps) {
  return (
    <div className={['field', message && `has-${message.severity}`, className].filter(Boolean).join(' ')}>
      <div className="field-head">
        <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
          {label}
        </label>
        {/* Outside the label, so the accessible name is the label alone; aria-required says it instead. */}
        {required && !hideLabel ? (
          <span className="field-required" aria-hidden="true">
            required
          </span>
        ) : null}
      </div>
      {help ? <Help id={`${id}-help`} label={label} text={help} /> : null}
      {children(controlA11y(id, { help: Boolean(help), message, required }))}
      {message ? <Message id={`${id}-message`} message={message} /> : null}
    </div>
  );
}

/** Collapsible guidance. The text stays in the DOM, so `aria-describedby` can point at it while closed. */
export function Help({ id, label, text }: { id: string; label: string; text: string }) {
  return (
    <details className="help">
      <summary>
        Help<span className="visually-hidden"> for {label}</span>
      </summary>
      <p id={id} className="help-text">
        {text}
      </p>
    </details>
  );
}

/** An error or warning under a control, with an icon and a word, never colour alone. */
export function Message({ id, message }: { id: string; message: FieldMessage }) {
  return (
    <p id={id} className={`field-message ${message.severity}`}>
      <span aria-hidden="true">{message.severity === 'error' ? '⚠ ' : 'ⓘ '}</span>
      <span className="visually-hidden">{message.severity === 'error' ? 'Error: ' : 'Warning: '}</span>
      {message.text}
    </p>
  );
}
