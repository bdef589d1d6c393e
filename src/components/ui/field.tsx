import { createContext, type ReactNode, useContext } from 'react';
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

// Guidance is one switch for the whole document, not a control per field: a disclosure before every field cost a
// Tab stop each, and swallowed what was typed while it had focus.
const GuidanceContext = createContext(false);

/** Whether the template's guidance is shown under the labels (one switch for the whole page). */
export const GuidanceProvider = GuidanceContext.Provider;

/** True when guidance is switched on. */
export function useGuidanceShown(): boolean {
  return useContext(GuidanceContext);
}

export interface FieldProps {
  /** The control's id; help and message ids derive from it. */
  id: string;
  label: string;
  /** Keep the label for assistive technology only (a heading already says it). */
  hideLabel?: boolean;
  required?: boolean;
  /** Guidance, shown under the label while guidance is switched on. */
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

/** A label, its guidance (when shown), the control and its message, tied together with ids. */
export function Field({ id, label, hideLabel, required, help, message, className, children }: FieldProps) {
  const shown = useGuidanceShown() && Boolean(help);
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
      {shown ? <Help id={`${id}-help`} text={help ?? ''} /> : null}
      {children(controlA11y(id, { help: shown, message, required }))}
      {message ? <Message id={`${id}-message`} message={message} /> : null}
    </div>
  );
}

/** Guidance text, shown only while guidance is switched on: plain text, never a control to Tab through. */
export function Help({ id, text }: { id: string; text: string }) {
  if (!useGuidanceShown() || !text) return null;
  return (
    <p id={id} className="help-text">
      {text}
    </p>
  );
}

/** An error or a warning under a control, told apart by a word and an icon, never by colour alone. */
export function Message({ id, message }: { id: string; message: FieldMessage }) {
  return (
    <p id={id} className={`field-message ${message.severity}`}>
      <MessageIcon severity={message.severity} />
      <span className="message-word">{message.severity === 'error' ? 'Error:' : 'Warning:'}</span>{' '}
      {message.text}
    </p>
  );
}

// Drawn, not typed: symbol glyphs are missing from many system fonts. A cross in a circle for an error, an
// exclamation mark in a triangle for a warning.
const messageIcons = {
  error: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM5.5 5.5l5 5M10.5 5.5l-5 5',
  warning: 'M8 1.8 14.6 13.6H1.4zM8 6v3.6M8 11.4v.2',
} as const;

/** The icon of an error or a warning (decorative: the word beside it says the same). */
export function MessageIcon({ severity }: { severity: FieldMessage['severity'] }) {
  return (
    <svg
      className="message-icon"
      aria-hidden="true"
      focusable="false"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={messageIcons[severity]} />
    </svg>
  );
}
