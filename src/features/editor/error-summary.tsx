import { memo } from 'react';
import { Button } from '../../components/ui/button';
import { MessageIcon } from '../../components/ui/field';
import { useEditor, useEditorSnapshot } from './editor-session';
import { fieldDomId } from './field-paths';

/**
 * The problems of the current section, each a link that focuses its control, and what is still to do with "Check
 * this section" to see it. A region (not an alert): it updates while the user types, and must not interrupt them.
 * A draft with problems can still be previewed and downloaded.
 */
export const ErrorSummary = memo(function ErrorSummary({ stepId }: { stepId: string }) {
  const { focusPath, store } = useEditor();
  const state = useEditorSnapshot((snapshot) => snapshot.steps.find((step) => step.id === stepId));
  if (!state) return null;
  const { issues, toDo } = state;
  const check = () => {
    store.checkStep(stepId);
    // Once the summary has its new content (and this button, nothing left to do, is gone).
    window.requestAnimationFrame(() => focusPath(`summary.${stepId}`));
  };
  // Always there, at the same place: a line that came and went as fields are left would move the form under the
  // pointer, between a press and its release.
  const toDoLine = (
    <p className="to-do">
      {toDo > 0
        ? `${toDo} ${toDo === 1 ? 'thing' : 'things'} still to do in this section.`
        : 'Nothing left to check in this section.'}{' '}
      <Button size="small" onClick={check}>
        Check this section
      </Button>
    </p>
  );
  if (issues.length === 0) return toDoLine;
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
    <>
      {toDoLine}
      <section
        id={fieldDomId(`summary.${stepId}`)}
        tabIndex={-1}
        className={errors ? 'error-summary' : 'error-summary warnings-only'}
        aria-labelledby={headingId}
      >
        <h3 id={headingId}>
          <MessageIcon severity={errors ? 'error' : 'warning'} /> {words} in this section
        </h3>
        <p className="error-summary-note">
          You can keep writing, preview and download: fix these when you are ready.
        </p>
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.path}-${issue.code}`} className={issue.severity}>
              <span className="message-word">{issue.severity === 'error' ? 'Error:' : 'Warning:'}</span>{' '}
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
    </>
  );
});
