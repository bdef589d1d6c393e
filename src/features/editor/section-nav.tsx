import { Link } from '@tanstack/react-router';
import { memo } from 'react';
import type { StepStatus } from '../../core/checks';
import { useEditor, useEditorSnapshot } from './editor-session';
import type { StepState } from './editor-store';

const statusText: Record<StepStatus, { words: string; icon: string }> = {
  empty: { words: 'Empty', icon: '○' },
  inProgress: { words: 'In progress', icon: '◐' },
  complete: { words: 'Complete', icon: '✓' },
  errors: { words: 'Has errors', icon: '⚠' },
};

/** The section list: one link per step, with its state in words and an icon, and its number of problems. */
export const SectionNav = memo(function SectionNav() {
  const { docId } = useEditor();
  const steps = useEditorSnapshot((snapshot) => snapshot.steps);
  return (
    <nav aria-label="Sections" className="section-nav">
      <ol>
        {steps.map((step) => (
          <li key={step.id}>
            <Link
              to="/edit/$docId/$section"
              params={{ docId, section: step.id }}
              // The router marks the current step's link with aria-current="page".
              className={`step-link status-${step.status}`}
            >
              <span className="step-icon" aria-hidden="true">
                {statusText[step.status].icon}
              </span>
              <span className="step-text">
                <span className="step-title">{step.title}</span>
                <span className="step-status">
                  {statusText[step.status].words}
                  <Counts step={step} />
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
});

function Counts({ step }: { step: StepState }) {
  const parts = [
    step.errors ? `${step.errors} ${step.errors === 1 ? 'error' : 'errors'}` : '',
    step.warnings ? `${step.warnings} ${step.warnings === 1 ? 'warning' : 'warnings'}` : '',
  ].filter(Boolean);
  return parts.length ? <span className="step-count">, {parts.join(', ')}</span> : null;
}
