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
import { documentTemplate } from '../../core';
import { sectionIdForHeading } from '../../core/preview/section-heading';
import { splitMarkdown } from '../../core/preview/split-markdown';
import { useExportOptions } from '../../lib/export-options';
import type { LiveDocument } from '../../lib/live-document';
import { loadWriter, useChangesView, useRenderer } from './load-modules';
import { RenderedView, SourceView } from './preview-views';
import { useWrittenMarkdown } from './use-written-markdown';
import './preview.css';

export interface PreviewPanelProps {
  /** The document being edited. */
  live: LiveDocument;
  /** The form step being edited (`header` or a section id): the preview scrolls to its heading. */
  sectionId?: string;
  /**
   * Words of the item being edited (its id, its title ...): the preview shows the first element of the section that
   * holds one of them, so that editing user story 3 shows story 3, not the section's top.
   */
  follow?: readonly string[];
}

type View = 'rendered' | 'markdown' | 'changes';

const noWords: readonly string[] = [];

/**
 * The live preview: the document's Markdown, exactly as a download writes it with the current export options, shown
 * rendered (sanitized) or as text. The Markdown is written in a worker and rendered in a
 * transition, so typing never waits for either, and only the pieces of Markdown a change touched are parsed again.
 */
export function PreviewPanel({ live, sectionId, follow = noWords }: PreviewPanelProps) {
  const [options] = useExportOptions();
  const written = useWrittenMarkdown(live, options, loadWriter);
  const { renderer, error: loadError } = useRenderer();
  const [view, setView] = useState<View>('rendered');
  const { changes, error: changesError } = useChangesView(view === 'changes');
  const headingId = useId();
  // A document opened from a file: the Changes view compares the download with that file.
  const source = live.get().origin?.source;

  const pieces = useMemo(
    () => written.pieces ?? (written.markdown === undefined ? [] : splitMarkdown(written.markdown)),
    [written],
  );
  // A draft's template never changes.
  const template = documentTemplate(live.get());
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
      <ScrollBox sectionId={sectionId} follow={follow} view={active}>
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
          ...(source === undefined
            ? []
            : [
                {
                  id: 'changes',
                  label: 'Changes',
                  panel:
                    view !== 'changes' ? null : problem ? (
                      body('changes')
                    ) : changesError ? (
                      <p className="preview-message" role="alert">
                        The changes could not be shown: {changesError}
                      </p>
                    ) : written.markdown === undefined || !changes ? (
                      <p className="preview-message">Loading preview…</p>
                    ) : (
                      <div className="preview-scroll preview-changes">
                        <changes.ChangesView before={source} after={written.markdown} />
                      </div>
                    ),
                },
              ]),
        ]}
      />
    </section>
  );
}

/**
 * The scrolling box of a view. It keeps the heading of the section being edited at its top (through late layout and
 * content changing above it, such as guidance switched on) until the reader scrolls it themselves; a change of
 * section or view pins the new heading.
 */
function ScrollBox({
  sectionId,
  follow,
  view,
  children,
}: {
  sectionId: string | undefined;
  follow: readonly string[];
  view: View;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const pin = useRef<{ key?: string; readerMoved: boolean; setTo: number; item?: Found }>({
    readerMoved: false,
    setTo: -1,
  });
  const target = useRef({ sectionId, view, follow });
  target.current = { sectionId, view, follow };

  const keepPinned = useCallback(() => {
    const element = box.current;
    const { sectionId: id, view: current, follow: words } = target.current;
    const key = `${current}:${id ?? ''}:${words.join('\n')}`;
    const state = pin.current;
    if (state.key !== key) {
      state.key = key;
      state.readerMoved = false;
      state.item = undefined;
    }
    // Hidden (the editor's narrow layout shows form or preview): nothing to measure yet, done again when shown.
    if (!element || state.readerMoved || element.clientHeight === 0) return;
    const anchor = id ? element.querySelector<HTMLElement>(`[data-section-id="${id}"]`) : null;
    if (id && id !== 'header' && !anchor) return; // not written yet (or not in this document)
    // The item found is kept while it is in the page. Typing replaces the edited item's element on every update,
    // so the element now in its place is tried first: searching walks the whole section (a thousand requirements).
    if (!state.item?.element.isConnected && anchor && current === 'rendered')
      state.item = (state.item && foundAgain(state.item)) ?? findItem(element, anchor, words);
    const rect =
      (current === 'rendered'
        ? state.item?.element.getBoundingClientRect()
        : anchor && findInSource(anchor, words)) ?? anchor?.getBoundingClientRect();
    const top = rect ? rect.top - element.getBoundingClientRect().top + element.scrollTop - 8 : 0;
    element.scrollTop = Math.max(0, top);
    state.setTo = element.scrollTop;
  }, []);

  useLayoutEffect(keepPinned);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const onScroll = () => {
      // A scroll this box did not make is the reader's: stop following until the section changes.
      if (Math.abs(element.scrollTop - pin.current.setTo) > 2) pin.current.readerMoved = true;
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(keepPinned);
    observer?.observe(element);
    if (element.firstElementChild) observer?.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [keepPinned]);
  return (
    // A scrolling region must be reachable by keyboard.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls, so it takes focus (WCAG 2.1.1).
    <div ref={box} className={`preview-scroll preview-${view}`} tabIndex={0}>
      {children}
    </div>
  );
}

/** The element of the item being edited, where it sits (to find its replacement), and the word it was found by. */
interface Found {
  element: Element;
  parent: Element | null;
  index: number;
  word: string;
}

const itemTags = new Set(['H3', 'H4', 'H5', 'LI', 'TR', 'P']);

/**
 * The item being edited in the rendered view: the first element after the section's anchor (and before the next
 * section) whose text holds one of `words`, in their order of preference.
 */
function findItem(box: HTMLElement, anchor: HTMLElement, words: readonly string[]): Found | undefined {
  if (words.length === 0) return undefined;
  const inSection: Element[] = [];
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = anchor;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (element.hasAttribute('data-section-id')) break;
    if (itemTags.has(element.tagName)) inSection.push(element);
  }
  const texts = new Map<Element, string>();
  const textOf = (element: Element) => {
    let text = texts.get(element);
    if (text === undefined) {
      text = element.textContent?.toLowerCase() ?? '';
      texts.set(element, text);
    }
    return text;
  };
  for (const word of words.map((w) => w.toLowerCase())) {
    const element = inSection.find((candidate) => textOf(candidate).includes(word));
    if (element) {
      const parent = element.parentElement;
      return { element, parent, index: parent ? [...parent.children].indexOf(element) : -1, word };
    }
  }
  return undefined;
}

/** The element that took the found item's place (same parent, same position), if it still holds its word. */
function foundAgain(found: Found): Found | undefined {
  const element = found.parent?.isConnected ? found.parent.children[found.index] : undefined;
  if (!element?.textContent?.toLowerCase().includes(found.word)) return undefined;
  return { ...found, element };
}

/** In the Markdown view a section is a run of text spans from its anchor: the line of the first word found there. */
function findInSource(anchor: HTMLElement, words: readonly string[]): DOMRect | undefined {
  const wanted = words.map((word) => word.toLowerCase());
  const spans: Text[] = [];
  for (let span: Element | null = anchor; span; span = span.nextElementSibling) {
    if (span !== anchor && span.hasAttribute('data-section-id')) break;
    if (span.firstChild instanceof Text) spans.push(span.firstChild);
  }
  for (const word of wanted) {
    for (const node of spans) {
      const at = node.data.toLowerCase().indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, Math.min(node.length, at + 1));
      return range.getBoundingClientRect();
    }
  }
  return undefined;
}
