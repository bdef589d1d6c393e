import { useEffect, useId, useRef } from 'react';
import { Button } from '../../components/ui/button';
import type { TemplateDescription } from '../../core';
import { type OutlineField, type OutlineSection, templateOutline } from './template-outline';

export interface TemplateConfirmationProps {
  description: TemplateDescription;
  /** What the compiler had to guess (an ambiguous template): shown, so the user knows before adding it. */
  notes: readonly string[];
  busy: boolean;
  onAdd: () => void;
  onCancel: () => void;
}

/** "Add <name>?": the sections and fields derived from a template, to confirm before it is offered. */
export function TemplateConfirmation({
  description,
  notes,
  busy,
  onAdd,
  onCancel,
}: TemplateConfirmationProps) {
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const outline = templateOutline(description);
  // Keyboard and screen reader users land on what appeared, not back at the top of the page.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section className="user-templates-confirm" aria-labelledby={titleId}>
      <h3 id={titleId} ref={headingRef} tabIndex={-1}>
        Add {description.name}?
      </h3>
      <p>
        Template name: <strong>{description.name}</strong>. The form will have these sections and fields:
      </p>
      <OutlineList sections={outline} />
      {notes.length > 0 ? (
        <>
          <h4>What was inferred</h4>
          <ul className="user-templates-notes">
            {[...new Set(notes)].map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="user-templates-actions">
        <Button variant="primary" disabled={busy} onClick={onAdd}>
          Add template
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}

function OutlineList({ sections }: { sections: readonly OutlineSection[] }) {
  return (
    <ul className="user-templates-outline">
      {sections.map((section) => (
        <li key={section.key}>
          <span className="user-templates-section-title">{section.title}</span>
          {section.fields.length > 0 ? (
            <FieldList fields={section.fields} />
          ) : section.subsections.length === 0 ? (
            <span className="user-templates-note"> (template text only)</span>
          ) : null}
          {section.subsections.length > 0 ? <OutlineList sections={section.subsections} /> : null}
        </li>
      ))}
    </ul>
  );
}

function FieldList({ fields }: { fields: readonly OutlineField[] }) {
  return (
    <ul className="user-templates-fields">
      {fields.map((field) => (
        <li key={field.key}>
          {field.label}: {field.kind}
          {field.fields.length > 0 ? <FieldList fields={field.fields} /> : null}
        </li>
      ))}
    </ul>
  );
}
