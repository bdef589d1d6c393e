import { memo } from 'react';
import { useEditor, useEditorSnapshot } from './editor-session';

/**
 * The problems of the current section, each a link that focuses its control. A region (not an alert): it updates
 * while the user types, and must not interrupt them. A draft with problems can still be previewed and downloaded.
 */
export const ErrorSummary = memo(function ErrorSummary({ stepId }: { stepId: string }) {
  const { focusPath } = useEditor();
  const issues = useEditorSnapshot((snapshot) => snapshot.steps.find((step) => step.id === stepId)?.issues);
  if (!issues || issues.length === 0) return null;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const headingId = `summary-${stepId}`;
  const words = [
    errors ? `${errors} ${errors === 1 ? 'problem' : 'problems'}` : '',
    warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return (
    <section className="error-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span aria-hidden="true">⚠ </span>
        {words} in this section
      </h3>
      <p className="error-summary-note">
        You can keep writing, preview and download: fix these when you are ready.
      </p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path}-${issue.code}`} className={issue.severity}>
            <a
              href={`#${issue.path}`}
              onClick={(event) => {
                event.preventDefault();
                focusPath(issue.path);
              }}
            >
              {issue.where}: {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
});
