import type { ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { Help, Message, useGuidanceShown } from '../../../components/ui/field';
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
  /** Given for items numbered by a scheme: a "Renumber in order" button beside "Add". */
  onRenumber?: () => void;
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
  onRenumber,
  children,
  className,
}: ArrayShellProps) {
  const id = fieldDomId(name);
  const message = issueMessage(useFieldIssue(name));
  const helpShown = useGuidanceShown() && Boolean(help);
  const describedBy =
    [message && `${id}-message`, helpShown && `${id}-help`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={['array', message && `has-${message.severity}`, className].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
      aria-invalid={message?.severity === 'error' ? true : undefined}
    >
      <legend className={hideLabel ? 'visually-hidden' : 'array-legend'}>{label}</legend>
      {help ? <Help id={`${id}-help`} text={help} /> : null}
      {message ? <Message id={`${id}-message`} message={message} /> : null}
      {children}
      <div className="array-buttons">
        <Button id={`${id}-add`} className="array-add" onClick={onAdd}>
          <span aria-hidden="true">+</span> Add {itemName}
        </Button>
        {onRenumber ? (
          // Named by its group (the fieldset), as "Add ..." is: one per repeatable field with numbered items.
          <Button id={`${id}-renumber`} variant="quiet" onClick={onRenumber}>
            Renumber in order
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
