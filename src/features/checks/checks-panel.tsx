import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button } from '../../components/ui/button';
import type { FindingSeverity, SpecFinding } from '../../core/checks/spec-finding';
import type { LiveDocument } from '../../lib/live-document';
import {
  browserDismissedChecks,
  type DismissedChecksStore,
  type DraftChecks,
} from '../../lib/storage/dismissed-checks';
import { type ChecksRunner, createChecksRunner } from './checks-runner';
import { useSpecChecks } from './use-spec-checks';
import './checks.css';

export interface ChecksPanelProps {
  /** The document being edited. */
  live: LiveDocument;
  /** Goes to a value in the form: its top-level field (to find the section) and its dotted path. */
  onGoTo: (fieldId: string, path: string) => void;
  /** Where dismissals and EARS mode are kept (the browser's IndexedDB unless told). */
  store?: DismissedChecksStore;
  /** Where the checks run (a worker unless told). */
  runner?: ChecksRunner;
}

const severityIcon: Record<FindingSeverity, string> = { error: '✖', warning: '⚠', suggestion: 'ℹ' };
const severityOrder: readonly FindingSeverity[] = ['error', 'warning', 'suggestion'];

/**
 * The "Checks" region: what a reviewer would send back about the spec, found by the spec checks as the user
 * types. Each finding says its severity in words, the item it is about, the rule in one sentence, and links to
 * the field. Findings can be dismissed for this draft, and copied as Markdown for a review comment. A region, not
 * a live region: it changes while the user types and must not interrupt them.
 */
export function ChecksPanel({
  live,
  onGoTo,
  store = browserDismissedChecks(),
  runner: given,
}: ChecksPanelProps) {
  const [runner] = useState(() => given ?? createChecksRunner());
  useEffect(() => (given ? undefined : () => runner.dispose()), [given, runner]);
  const [settings, setSettings] = useState<DraftChecks>({ dismissed: [], ears: false });
  useEffect(() => {
    let alive = true;
    void store.get(live.id).then((stored) => alive && setSettings(stored));
    return () => {
      alive = false;
    };
  }, [store, live.id]);
  const update = useCallback(
    (next: DraftChecks) => {
      setSettings(next);
      store.set(live.id, next).catch(() => {
        // Not kept (storage blocked or full): the choice still holds for this visit.
      });
    },
    [store, live.id],
  );
  // Stable, so that a finding whose text did not change is not rendered again when another one does.
  const latestSettings = useRef(settings);
  latestSettings.current = settings;
  const dismiss = useCallback(
    (key: string) =>
      update({ ...latestSettings.current, dismissed: [...latestSettings.current.dismissed, key] }),
    [update],
  );
  const latestGoTo = useRef(onGoTo);
  latestGoTo.current = onGoTo;
  const goTo = useCallback((fieldId: string, path: string) => latestGoTo.current(fieldId, path), []);
  const { findings, error } = useSpecChecks(live, settings.ears, runner);
  const dismissed = useMemo(() => new Set(settings.dismissed), [settings.dismissed]);
  const shown = useMemo(() => (findings ?? []).filter((f) => !dismissed.has(f.key)), [findings, dismissed]);
  const hiddenCount = (findings?.length ?? 0) - shown.length;
  const [status, setStatus] = useState('');
  const headingId = useId();
  const earsId = useId();

  const copy = async () => {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) {
      setStatus('Copying is not available in this browser.');
      return;
    }
    try {
      // The document with the last keystroke in it, not the findings of a moment ago.
      const fresh = await runner.check(live.settled(), settings.ears);
      const markdown = await runner.markdown(fresh.filter((f) => !dismissed.has(f.key)));
      await navigator.clipboard.writeText(markdown);
      setStatus('Checks copied as Markdown');
    } catch {
      setStatus('The browser did not allow copying.');
    }
  };

  return (
    <section className="checks" aria-labelledby={headingId}>
      <div className="checks-head">
        <h2 id={headingId}>Checks</h2>
        <Button size="small" onClick={() => void copy()} disabled={!findings}>
          Copy checks as Markdown
        </Button>
      </div>
      <p className="checks-status" role="status">
        {status}
      </p>
      <div className="checks-options">
        <input
          id={earsId}
          type="checkbox"
          checked={settings.ears}
          onChange={(event) => update({ ...settings, ears: event.target.checked })}
        />
        <label htmlFor={earsId}>EARS mode: check that requirements follow an EARS pattern</label>
      </div>
      {error ? <p className="checks-message">The checks could not run: {error}</p> : null}
      {!findings ? (
        <p className="checks-message">Checking…</p>
      ) : (
        <>
          <p className="checks-summary">{summary(shown)}</p>
          {shown.length ? (
            <ul className="checks-list">
              {shown.map((finding) => (
                <FindingItem key={finding.key} finding={finding} onGoTo={goTo} onDismiss={dismiss} />
              ))}
            </ul>
          ) : null}
          {hiddenCount > 0 ? (
            <p className="checks-dismissed">
              {hiddenCount} dismissed.{' '}
              <Button size="small" variant="quiet" onClick={() => update({ ...settings, dismissed: [] })}>
                Show dismissed checks
              </Button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

const FindingItem = memo(function FindingItem({
  finding,
  onGoTo,
  onDismiss,
}: {
  finding: SpecFinding;
  onGoTo: ChecksPanelProps['onGoTo'];
  onDismiss: (key: string) => void;
}) {
  const textId = useId();
  const where = finding.field ? `${finding.subject} (${finding.field})` : finding.subject;
  return (
    <li className={`checks-item ${finding.severity}`}>
      <p id={textId} className="checks-text">
        <span className="checks-severity">
          <span aria-hidden="true">{severityIcon[finding.severity]} </span>
          {severityWord(finding.severity)}:
        </span>{' '}
        <a
          href={`#${finding.path}`}
          onClick={(event) => {
            event.preventDefault();
            onGoTo(finding.fieldId, finding.path);
          }}
        >
          {where}
        </a>{' '}
        {finding.message}
      </p>
      <Button size="small" variant="quiet" aria-describedby={textId} onClick={() => onDismiss(finding.key)}>
        Dismiss
      </Button>
    </li>
  );
}, sameFinding);

/** Findings come back from the worker as new objects each time: the same finding is the same text at the same place. */
function sameFinding(
  a: { finding: SpecFinding; onGoTo: unknown; onDismiss: unknown },
  b: { finding: SpecFinding; onGoTo: unknown; onDismiss: unknown },
): boolean {
  const [x, y] = [a.finding, b.finding];
  return (
    a.onGoTo === b.onGoTo &&
    a.onDismiss === b.onDismiss &&
    x.key === y.key &&
    x.severity === y.severity &&
    x.subject === y.subject &&
    x.field === y.field &&
    x.path === y.path &&
    x.fieldId === y.fieldId &&
    x.message === y.message
  );
}

function severityWord(severity: FindingSeverity): string {
  return severity.charAt(0).toUpperCase() + severity.slice(1);
}

/** "2 errors, 1 warning" or "No findings". */
function summary(findings: readonly SpecFinding[]): string {
  if (!findings.length) return 'No findings: nothing a reviewer would flag.';
  return severityOrder
    .map((severity) => {
      const n = findings.filter((f) => f.severity === severity).length;
      return n ? `${n} ${n === 1 ? severity : `${severity}s`}` : '';
    })
    .filter(Boolean)
    .join(', ');
}
