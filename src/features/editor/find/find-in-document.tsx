import { useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { revealPath } from '../controls/virtual-items';
import { useEditor } from '../editor-session';
import { fieldDomId } from '../field-paths';
import { documentEntries, type FindEntry, findInEntries } from './search-document';
import './find.css';

/**
 * "Find in document": searches every field of every section (the browser's find cannot see sections that are not
 * shown, nor items of long lists that are not rendered), lists the matches by field and jumps to one (its section
 * opens, its item is rendered and its control focused). An item ID ("FR-212", "Go to FR-212") jumps to that item.
 * Ctrl+F (Cmd+F) in the editor opens it; pressed again while it is open, the browser's own find opens; Escape closes
 * it and puts focus back where it was.
 */
export function FindInDocument({ sectionId }: { sectionId: string }) {
  const session = useEditor();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        !(event.ctrlKey || event.metaKey) ||
        event.altKey ||
        event.shiftKey ||
        event.key.toLowerCase() !== 'f'
      )
        return;
      const editor = toggle.current?.closest('.editor');
      if (!editor || editor.closest('[inert]')) return;
      if (event.target instanceof Node && event.target !== document.body && !editor.contains(event.target))
        return;
      // Open already: this press is the browser's.
      if (open) return;
      event.preventDefault();
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpen(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  useEffect(() => {
    if (open) input.current?.select();
  }, [open]);

  // Computed when the query changes, from the document as it is now (typing elsewhere does not re-run it).
  const result = useMemo(() => {
    if (!open || !query.trim()) return undefined;
    return findInEntries(documentEntries(session.template, session.live.get()), query);
  }, [open, query, session]);

  const close = (focusBack = true) => {
    setOpen(false);
    if (focusBack) (returnFocus.current ?? toggle.current)?.focus();
  };

  const jump = async (entry: FindEntry) => {
    close(false);
    if (entry.stepId !== sectionId)
      await navigate({
        to: '/edit/$docId/$section',
        params: { docId: session.docId, section: entry.stepId },
      });
    // The section renders, then (in long lists) the item: ask until its control is in the page.
    for (let attempt = 0; attempt < 20 && !document.getElementById(fieldDomId(entry.path)); attempt++)
      await revealPath(entry.path);
    await revealPath(entry.path);
    session.focusPath(entry.path);
  };

  const status = !result
    ? 'Type to search every field of every section.'
    : `${result.total} ${result.total === 1 ? 'match' : 'matches'}${
        result.total > result.matches.length ? `, the first ${result.matches.length} shown` : ''
      }`;

  return (
    <div className="find">
      <button
        type="button"
        className="button"
        ref={toggle}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          if (open) close();
          else {
            returnFocus.current = toggle.current;
            setOpen(true);
          }
        }}
      >
        Find in document
      </button>
      {open ? (
        <search
          id={panelId}
          className="find-panel"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              close();
            }
          }}
        >
          <label className="find-label">
            Find in document
            <input
              ref={input}
              type="search"
              className="control"
              value={query}
              placeholder="Text, or an ID such as FR-212"
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                const first = result?.goTo ?? result?.matches[0];
                if (event.key === 'Enter' && first) {
                  event.preventDefault();
                  void jump(first);
                }
              }}
            />
          </label>
          <p className="find-status" role="status">
            {status}
          </p>
          {result && (result.goTo || result.matches.length > 0) ? (
            <ul className="find-results">
              {result.goTo ? (
                <li>
                  <Button variant="quiet" className="find-result" onClick={() => void jump(result.goTo!)}>
                    Go to {result.goTo.itemId}
                  </Button>
                </li>
              ) : null}
              {result.matches.map((entry) => (
                <li key={entry.path}>
                  <Button variant="quiet" className="find-result" onClick={() => void jump(entry)}>
                    <span className="find-where">{entry.where}</span>
                    <span className="find-text">{excerpt(entry.text, query)}</span>
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </search>
      ) : null}
    </div>
  );
}

/** The text around the first match, on one line. */
function excerpt(text: string, query: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const at = flat.toLowerCase().indexOf(query.trim().toLowerCase());
  const start = Math.max(0, at - 30);
  const end = Math.min(flat.length, Math.max(at, 0) + query.length + 50);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
