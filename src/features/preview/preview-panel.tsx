import {
  type ReactNode,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { Tabs } from '../../components/ui/tabs';
import { getTemplate } from '../../core';
import { sectionIdForHeading } from '../../core/preview/section-heading';
import { splitMarkdown } from '../../core/preview/split-markdown';
import { useExportOptions } from '../../lib/export-options';
import type { LiveDocument } from '../../lib/live-document';
import { usePreviewModules } from './load-modules';
import { RenderedView, SourceView } from './preview-views';
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
 * rendered (sanitized) or as text. Rendering is deferred, so typing never waits for it, and only the pieces of
 * Markdown a change touched are parsed again.
 */
export function PreviewPanel({ live, sectionId }: PreviewPanelProps) {
  const doc = useSyncExternalStore(live.subscribe, live.get, live.get);
  const [options] = useExportOptions();
  const deferredDoc = useDeferredValue(doc);
  const deferredOptions = useDeferredValue(options);
  const { modules, error: loadError } = usePreviewModules();
  const [view, setView] = useState<View>('rendered');
  const headingId = useId();

  const written = useMemo((): { markdown?: string; error?: string } => {
    if (!modules) return {};
    try {
      return { markdown: modules.writeMarkdown(deferredDoc, deferredOptions) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [modules, deferredDoc, deferredOptions]);
  const pieces = useMemo(
    () => (written.markdown === undefined ? [] : splitMarkdown(written.markdown)),
    [written],
  );
  const template = getTemplate(deferredDoc.template);
  const anchors = useMemo(
    () =>
      pieces.map((piece) =>
        piece.type === 'blocks' && piece.heading?.depth === 2
          ? sectionIdForHeading(template, piece.heading.text)
          : undefined,
      ),
    [pieces, template],
  );

  const stale = doc !== deferredDoc || options !== deferredOptions;
  const problem = loadError ?? written.error;
  let body: (active: View) => ReactNode;
  if (problem) {
    body = () => (
      <p className="preview-message" role="alert">
        The preview could not be shown: {problem}
      </p>
    );
  } else if (!modules || written.markdown === undefined) {
    body = () => <p className="preview-message">Loading preview…</p>;
  } else {
    body = (active) => (
      <ScrollBox sectionId={sectionId} view={active} stale={stale}>
        {active === 'rendered' ? (
          <RenderedView pieces={pieces} anchors={anchors} renderer={modules.renderer} />
        ) : (
          <SourceView pieces={pieces} anchors={anchors} />
        )}
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
  stale,
  children,
}: {
  sectionId: string | undefined;
  view: View;
  stale: boolean;
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
    <div ref={box} className={`preview-scroll preview-${view}`} tabIndex={0} aria-busy={stale}>
      {children}
    </div>
  );
}
