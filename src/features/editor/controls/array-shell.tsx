import type { ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { Help, Message } from '../../../components/ui/field';
import { useFieldIssue } from '../editor-session';
import { fieldDomId } from '../field-paths';
import { issueMessage } from './control-props';

export interface ArrayShellProps {
  name: string;
  label: string;
  hideLabel?: boolean;
  help?: string;
  itemName: string;
  onAdd: () => void;
  children: ReactNode;
  className?: string;
}

/** A repeatable field: a fieldset with its legend, help, message, items and an "Add <item>" button. */
export function ArrayShell({
  name,
  label,
  hideLabel,
  help,
  itemName,
  onAdd,
  children,
  className,
}: ArrayShellProps) {
  const id = fieldDomId(name);
  const message = issueMessage(useFieldIssue(name));
  const describedBy =
    [message && `${id}-message`, help && `${id}-help`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={['array', message && `has-${message.severity}`, className].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
      aria-invalid={message?.severity === 'error' ? true : undefined}
    >
      <legend className={hideLabel ? 'visually-hidden' : 'array-legend'}>{label}</legend>
      {help ? <Help id={`${id}-help`} label={label} text={help} /> : null}
      {message ? <Message id={`${id}-message`} message={message} /> : null}
      {children}
      <Button id={`${id}-add`} className="array-add" onClick={onAdd}>
        <span aria-hidden="true">+</span> Add {itemName}
      </Button>
    </fieldset>
  );
}
