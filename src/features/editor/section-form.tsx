import { Link } from '@tanstack/react-router';
import { memo, useMemo } from 'react';
import { Help } from '../../components/ui/field';
import {
  type Block,
  getField,
  type Step,
  type Subsection,
  segmentFieldIds,
  type TemplateDescription,
  templateSteps,
} from '../../core';
import { knownAnchorStep, startAnchor } from './additional-anchors';
import { AdditionalContent, ShownAnchorsProvider, useShownAnchors } from './additional-content';
import { useEditor } from './editor-session';
import { ErrorSummary } from './error-summary';
import { FieldControl } from './field-control';
import { guidanceText, isMaintainerNote } from './field-paths';

export interface SectionFormProps {
  step: Step;
  previous?: Step;
  next?: Step;
}

/** One step of the form: its heading, the template's guidance where it sits, every field, Previous and Next. */
export const SectionForm = memo(function SectionForm({ step, previous, next }: SectionFormProps) {
  const { template, docId } = useEditor();
  const section = step.section;
  const headingId = `step-${step.id}-heading`;
  const shown = useShownAnchors();
  const steps = useMemo(() => templateSteps(template), [template]);
  // Additional content at anchors the template does not know ends the last step, as the writer ends with it.
  const unknownAnchors = next ? [] : [...shown].filter((anchor) => !knownAnchorStep(steps, anchor));
  return (
    <ShownAnchorsProvider value={shown}>
      <section className="section-form" aria-labelledby={headingId}>
        <h2 id={headingId} tabIndex={-1} className="section-heading">
          {section?.number ? `${section.number} ` : ''}
          {step.title}
          {section?.note ? <span className="section-note"> {section.note.text}</span> : null}
        </h2>
        {step.description ? <p className="section-description">{step.description}</p> : null}
        <p className="section-markdown-note">
          Every text box takes Markdown: <code>**bold**</code>, <code>*emphasis*</code>, <code>`code`</code>,{' '}
          <code>[link](https://…)</code>; it is kept as you type it.
        </p>
        <ErrorSummary stepId={step.id} />
        {section ? (
          <>
            <AdditionalContent anchor={section.id} />
            {section.titleField ? (
              <FieldWithAdditional template={template} id={section.titleField.field} />
            ) : null}
            <Blocks template={template} blocks={section.blocks} depth={3} parentTitle={section.title} />
          </>
        ) : (
          <>
            {step.fieldIds.map((id) => (
              <FieldWithAdditional key={id} template={template} id={id} />
            ))}
            <AdditionalContent anchor={startAnchor} />
          </>
        )}
        {unknownAnchors.map((anchor) => (
          <AdditionalContent key={anchor} anchor={anchor} />
        ))}
        <nav className="step-pager" aria-label="Previous and next section">
          {previous ? (
            <Link
              to="/edit/$docId/$section"
              params={{ docId, section: previous.id }}
              className="button"
              rel="prev"
            >
              <span aria-hidden="true">←</span> Previous: {previous.title}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link
              to="/edit/$docId/$section"
              params={{ docId, section: next.id }}
              className="button primary"
              rel="next"
            >
              Next: {next.title} <span aria-hidden="true">→</span>
            </Link>
          ) : null}
        </nav>
      </section>
    </ShownAnchorsProvider>
  );
});

/** A top-level field, then the additional content kept after it. */
function FieldWithAdditional({
  template,
  id,
  hideLabel,
}: {
  template: TemplateDescription;
  id: string;
  hideLabel?: boolean;
}) {
  return (
    <>
      <FieldControl field={getField(template, id)} name={`fields.${id}`} hideLabel={hideLabel} />
      <AdditionalContent anchor={id} />
    </>
  );
}

interface BlocksProps {
  template: TemplateDescription;
  blocks: readonly Block[];
  depth: number;
  parentTitle: string;
}

/** The blocks of a section in template order; a subsection holding one field of its own name labels it. */
function Blocks({ template, blocks, depth, parentTitle }: BlocksProps) {
  const rendered = new Set<string>();
  return (
    <>
      {blocks.map((block, index) => {
        const key = `${block.type}-${index}`;
        switch (block.type) {
          case 'field': {
            rendered.add(block.field);
            const field = getField(template, block.field);
            return (
              <FieldWithAdditional
                key={key}
                template={template}
                id={field.id}
                hideLabel={field.label === parentTitle}
              />
            );
          }
          case 'markdown':
            // Notes to the template's maintainers ("ACTION REQUIRED: ...") are not help for the writer.
            return block.role === 'structure' || isMaintainerNote(block.markdown) ? null : (
              <Help
                key={key}
                id={`guidance-${parentTitle}-${index}`.replace(/\W+/g, '-')}
                text={guidanceText(block.markdown)}
              />
            );
          case 'subsection':
            return <SubsectionView key={block.id} template={template} subsection={block} depth={depth} />;
          case 'heading':
          case 'paragraph':
            return segmentFieldIds(block.content)
              .filter((id) => !rendered.has(id))
              .map((id) => {
                rendered.add(id);
                return <FieldWithAdditional key={`${key}-${id}`} template={template} id={id} />;
              });
          case 'thematicBreak':
            return null;
          default: {
            const never: never = block;
            return never;
          }
        }
      })}
    </>
  );
}

function SubsectionView({
  template,
  subsection,
  depth,
}: {
  template: TemplateDescription;
  subsection: Subsection;
  depth: number;
}) {
  const Heading = depth <= 3 ? 'h3' : 'h4';
  const id = `sub-${subsection.id}`;
  return (
    <section className="subsection" aria-labelledby={id}>
      <Heading id={id}>
        {subsection.number ? `${subsection.number} ` : ''}
        {subsection.title}
        {subsection.note ? <span className="section-note"> {subsection.note.text}</span> : null}
        {subsection.required ? null : <span className="section-optional"> (optional)</span>}
      </Heading>
      <AdditionalContent anchor={subsection.id} />
      {subsection.titleField ? (
        <FieldWithAdditional template={template} id={subsection.titleField.field} />
      ) : null}
      <Blocks
        template={template}
        blocks={subsection.blocks}
        depth={depth + 1}
        parentTitle={subsection.title}
      />
    </section>
  );
}
