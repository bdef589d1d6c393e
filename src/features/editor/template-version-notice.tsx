import type { TemplateVersionChange } from '../../core/template/template-version';

/**
 * Says that a draft was made under another version of its template, and what that did: the fields the template
 * gained are empty, and what was typed in fields it lost is kept (never dropped) as additional content.
 */
export function TemplateVersionNotice({
  change,
  templateName,
  lastStep,
}: {
  change: TemplateVersionChange;
  templateName: string;
  /** The title of the form's last step, where that content shows. */
  lastStep: string;
}) {
  return (
    <p className="notice template-version-notice" role="status">
      Made with {change.older ? 'an older' : 'another'} version of {templateName}: new fields are empty;
      removed fields’ content is kept under “Additional content at the end” (step {lastStep}).
    </p>
  );
}
