import { useEffect, useId, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import type { TemplateDetection, TemplateId } from '../../core';
import { useTemplates } from '../../lib/templates-context';

export interface TemplateChoiceDialogProps {
  open: boolean;
  /** Why the user is asked; shown above the choices. */
  message: string;
  /** The best guess, preselected, and its evidence. */
  detection: TemplateDetection;
  onChoose: (template: TemplateId) => void;
  onClose: () => void;
}

/** Asks which template to open a document with, when the evidence is weak or missing. */
export function TemplateChoiceDialog({
  open,
  message,
  detection,
  onChoose,
  onClose,
}: TemplateChoiceDialogProps) {
  // Every template on offer, a user's and a team's too.
  const templates = useTemplates();
  const [choice, setChoice] = useState<TemplateId>(detection.template);
  const name = useId();
  useEffect(() => setChoice(detection.template), [detection.template]);
  return (
    <Dialog
      open={open}
      title="Which template is this?"
      onClose={onClose}
      actions={
        <Button variant="primary" onClick={() => onChoose(choice)}>
          Open with this template
        </Button>
      }
    >
      <p>{message}</p>
      <fieldset className="import-template-choice">
        <legend>Template</legend>
        {templates.map((template) => (
          <label key={template.id}>
            <input
              type="radio"
              name={name}
              value={template.id}
              checked={choice === template.id}
              onChange={() => setChoice(template.id)}
            />{' '}
            <strong>{template.name}</strong>
            {template.id === detection.template && detection.confidence !== 'none' ? ' (best guess)' : ''}
            <br />
            <span className="import-template-summary">{template.summary}</span>
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
