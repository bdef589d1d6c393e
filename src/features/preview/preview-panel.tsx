import {
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Tabs } from '../../components/ui/tabs';
import { getTemplate } from '../../core';
import { sectionIdForHeading } from '../../core/preview/section-heading';
import { splitMarkdown } from '../../core/preview/split-markdown';
import { useExportOptions } from '../../lib/export-options';
import type { LiveDocument } from '../../lib/live-document';
import { loadWriter, useRenderer } from './load-modules';
import { RenderedView, SourceView } from './preview-views';
import { useWrittenMarkdown } from './use-written-markdown';
import './preview.css';

export interface PreviewPanelProps {
  /** The document being edited. */
  live: LiveDocument;
  /** The form step being edited (`header` or a section id): the preview scrolls to its heading. */
  sectionId?: string;
}

type View = 'rendered' | 'markdown';

/**
 * The live preview: the document's Markdown, exactly as a download writes it with the current export options, shown
 * rendered (sanitized) or as text. The Markdown is written in a worker and rendered in a
 * transition, so typing never waits for either, and only the pieces of Markdown a change touched are parsed again.
 */
export function PreviewPanel({ live, sectionId }: PreviewPanelProps) {
  const [options] = useExportOptions();
  const written = useWrittenMarkdown(live, options, loadWriter);
  const { renderer, error: loadError } = useRenderer();
  const [view, setView] = useState<View>('rendered');
  const headingId = useId();

  const pieces = useMemo(
    () => (written.markdown === undefined ? [] : splitMarkdown(written.markdown)),
    [written],
  );
  // A draft's template never changes.
  const template = getTemplate(live.get().template);
  const anchors = useMemo(
    () =>
      pieces.map((piece) =>
        piece.type === 'blocks' && piece.heading?.depth === 2
          ? sectionIdForHeading(template, piece.heading.text)
          : undefined,
      ),
    [pieces, template],
  );

  // The same element while the pieces are the same: a keystroke's own render (before the new Markdown arrives)
  // stops here instead of walking every piece.
  const content = useMemo(
    () =>
      !renderer ? null : view === 'rendered' ? (
        <RenderedView pieces={pieces} anchors={anchors} renderer={renderer} />
      ) : (
        <SourceView pieces={pieces} anchors={anchors} />
      ),
    [view, pieces, anchors, renderer],
  );

  const problem = loadError ?? written.error;
  let body: (active: View) => ReactNode;
  if (problem) {
    body = () => (
      <p className="preview-message" role="alert">
        The preview could not be shown: {problem}
      </p>
    );
  } else if (!renderer || written.markdown === undefined) {
    body = () => <p className="preview-message">Loading preview…</p>;
  } else {
    body = (active) => (
      <ScrollBox sectionId={sectionId} view={active}>
        {content}
      </ScrollBox>
    );
  }

  return (
    <section className="preview" aria-labelledby={headingId}>
      <h2 id={headingId} className="preview-heading">
        Preview
      </h2>
      <Tabs
        label="Preview format"
        className="preview-tabs"
        selected={view}
        onSelect={(id) => setView(id as View)}
        tabs={[
          { id: 'rendered', label: 'Rendered', panel: view === 'rendered' ? body('rendered') : null },
          { id: 'markdown', label: 'Markdown', panel: view === 'markdown' ? body('markdown') : null },
        ]}
      />
    </section>
  );
}

/**
 * The scrolling box of a view. When the section being edited changes (or the view does), it scrolls to that
 * section's heading, once: typing inside a section never moves what the reader is looking at.
 */
function ScrollBox({
  sectionId,
  view,
  children,
}: {
  sectionId: string | undefined;
  view: View;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const scrolledTo = useRef<string | undefined>(undefined);
  const target = useRef({ sectionId, view });
  target.current = { sectionId, view };

  const scrollToSection = useCallback(() => {
    const element = box.current;
    const { sectionId: id, view: current } = target.current;
    const key = `${current}:${id ?? ''}`;
    // Hidden (the editor's narrow layout shows form or preview): nothing to measure yet, try again when shown.
    if (!element || scrolledTo.current === key || element.clientHeight === 0) return;
    const anchor = id ? element.querySelector<HTMLElement>(`[data-section-id="${id}"]`) : null;
    if (id && id !== 'header' && !anchor) return; // not written yet (or not in this document)
    const top = anchor
      ? anchor.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop - 8
      : 0;
    element.scrollTop = Math.max(0, top);
    scrolledTo.current = key;
  }, []);

  useLayoutEffect(scrollToSection);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(scrollToSection);
    observer.observe(element);
    return () => observer.disconnect();
  }, [scrollToSection]);
  return (
    // A scrolling region must be reachable by keyboard.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls, so it takes focus (WCAG 2.1.1).
    <div ref={box} className={`preview-scroll preview-${view}`} tabIndex={0}>
      {children}
    </div>
  );
}
