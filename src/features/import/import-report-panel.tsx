import type { ReactNode } from 'react';
import { getTemplate, type ImportReport, type TemplateId } from '../../core';

export interface ImportReportPanelProps {
  report: ImportReport;
  template: TemplateId;
  /** Go to a field of the form (recognized fields, warnings about a field). */
  onGoToField: (fieldId: string) => void;
  /** Go to the "Additional content" field kept at this anchor (`start`, a section id or a field id). */
  onGoToAdditional: (anchor: string) => void;
  onClose?: () => void;
}

/**
 * What an import did: the fields recognized (with item counts), the content kept as additional content (nothing is
 * dropped), and warnings (values read in a different form, headings renamed to the template's). Each entry links
 * to its place in the form.
 */
export function ImportReportPanel({
  report,
  template,
  onGoToField,
  onGoToAdditional,
  onClose,
}: ImportReportPanelProps) {
  const description = getTemplate(template);
  const placeOf = (anchor: string): string => {
    if (anchor === 'start') return 'at the start';
    const field = description.fields.find((f) => f.id === anchor);
    if (field) return `after ${field.label}`;
    const section = [...description.sections, ...description.sections.flatMap(subsectionsOf)].find(
      (s) => s.id === anchor,
    );
    return section ? `under ${section.title}` : 'at the end';
  };
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <header className="import-report-header">
        <h2 id="import-report-title">Import report</h2>
        {onClose ? (
          <button type="button" className="button quiet small" onClick={onClose}>
            Dismiss
          </button>
        ) : null}
      </header>
      <p>
        {report.recognized.length} field{report.recognized.length === 1 ? '' : 's'} recognized,{' '}
        {report.additional.length} part{report.additional.length === 1 ? '' : 's'} kept as additional content,{' '}
        {report.warnings.length} warning{report.warnings.length === 1 ? '' : 's'}.
      </p>
      {report.warnings.length > 0 ? (
        <>
          <h3>Check these</h3>
          <ul className="import-report-warnings">
            {report.warnings.map((warning, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings are a fixed list, never reordered.
              <li key={index}>
                {warning.message}{' '}
                {warning.fieldId ? (
                  <LinkButton onClick={() => onGoToField(warning.fieldId!)}>Go to field</LinkButton>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.additional.length > 0 ? (
        <>
          <h3>Kept as additional content</h3>
          <p>
            Parts the template has no field for. They are written back at the same place when you download.
          </p>
          <ul>
            {report.additional.map((part) => (
              <li key={part.anchor}>
                <LinkButton onClick={() => onGoToAdditional(part.anchor)}>
                  {part.summary || '(content)'}
                </LinkButton>{' '}
                {placeOf(part.anchor)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Recognized</h3>
      {report.recognized.length === 0 ? (
        <p>No field of the template was recognized: everything was kept as additional content.</p>
      ) : (
        <ul className="import-report-recognized">
          {report.recognized.map((field) => (
            <li key={field.fieldId}>
              <LinkButton onClick={() => onGoToField(field.fieldId)}>{field.label}</LinkButton>
              {field.count !== undefined ? ` (${field.count})` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function subsectionsOf(section: { blocks: readonly { type: string }[] }): { id: string; title: string }[] {
  const out: { id: string; title: string }[] = [];
  for (const block of section.blocks) {
    if (block.type === 'subsection') {
      const sub = block as unknown as { id: string; title: string; blocks: readonly { type: string }[] };
      out.push(sub, ...subsectionsOf(sub));
    }
  }
  return out;
}

function LinkButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="import-link" onClick={onClick}>
      {children}
    </button>
  );
}
