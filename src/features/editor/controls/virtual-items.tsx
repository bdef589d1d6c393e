import { defaultRangeExtractor, type Range, useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  type CSSProperties,
  Fragment,
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useEditorSnapshot } from '../editor-session';

/** Lists with more items than this render only those near the viewport; shorter ones render every item, as before. */
export const virtualizeAbove = 40;

const revealEvent = 'editor:reveal-path';

/**
 * Makes sure the item holding `path` (a form name, `fields.functionalRequirements.211.text`) is rendered, scrolled
 * to, in every virtualized list on its way, and resolves once it has had two frames to appear. For jumps to fields
 * the browser's find, a link or a search could not reach because they were not in the page.
 */
export function revealPath(path: string): Promise<void> {
  window.dispatchEvent(new CustomEvent(revealEvent, { detail: path }));
  // A nested list renders after its parent item has: give each level a frame.
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

interface VirtualItemsProps<T> {
  /** The list element (`ol`, `ul`) or a `div` for rows that are not list items (tables). */
  as: 'ol' | 'ul' | 'div';
  className?: string;
  style?: CSSProperties;
  /** The field array's form name: items with errors and paths revealed inside it stay rendered. */
  name: string;
  items: readonly T[];
  getKey: (item: T, index: number) => string;
  /** One item: it must render exactly one element (the `li` or row), which this list positions and measures. */
  children: (item: T, index: number) => ReactNode;
  /** Rendered first inside the list element, never virtualized (a table's header). */
  before?: ReactNode;
  /** A first guess of an item's height in pixels, before it is measured. */
  estimateSize?: number;
}

/**
 * The items of a repeatable field. Up to `virtualizeAbove` items, exactly the list it replaces. Above, only the
 * items near the viewport are in the page (@tanstack/react-virtual, measured as they render), with what users rely
 * on kept: the first and last items, the focused item, every item with an error and an item a jump points to are
 * always rendered; items stay in order, so Tab and Shift+Tab go through them as before (focus scrolls, scrolling
 * renders the next ones); and
 * list items carry aria-posinset / aria-setsize, so a screen reader still says "item 12 of 300".
 */
export function VirtualItems<T>(props: VirtualItemsProps<T>) {
  const { as: List, className, style, items, getKey, children, before } = props;
  if (items.length <= virtualizeAbove)
    return (
      <List className={className} style={style}>
        {before}
        {items.map((item, index) => (
          <Fragment key={getKey(item, index)}>{children(item, index)}</Fragment>
        ))}
      </List>
    );
  return <Virtualized {...props} />;
}

function Virtualized<T>({
  as: List,
  className,
  style,
  name,
  items,
  getKey,
  children,
  before,
  estimateSize = 48,
}: VirtualItemsProps<T>) {
  const listRef = useRef<HTMLElement | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [gap, setGap] = useState(0);
  const [focused, setFocused] = useState<number | undefined>(undefined);
  const [target, setTarget] = useState<number | undefined>(undefined);
  const errorKey = useEditorSnapshot((snapshot) => errorIndices(snapshot.steps, name));
  const pinned = useMemo(() => {
    const indices = errorKey ? errorKey.split(',').map(Number) : [];
    // The first and the last item too: Tab from above and Shift+Tab from below enter the list at its end, even when
    // the keys come faster than the list follows the scroll (else focus lands on the last item rendered).
    indices.push(0, items.length - 1);
    if (focused !== undefined) indices.push(focused);
    if (target !== undefined) indices.push(target);
    return indices.filter((index) => index < items.length);
  }, [errorKey, focused, target, items.length]);

  const rangeExtractor = useCallback(
    (range: Range) => [...new Set([...defaultRangeExtractor(range), ...pinned])].sort((a, b) => a - b),
    [pinned],
  );
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimateSize,
    overscan: 6,
    gap,
    scrollMargin,
    rangeExtractor,
    getItemKey: (index) => getKey(items[index] as T, index),
  });
  const rendered = virtualizer.getVirtualItems();
  const last = rendered.at(-1);
  const paddingBottom = last ? Math.max(0, virtualizer.getTotalSize() - (last.end - scrollMargin)) : 0;

  // Place and measure the rendered items: each is as far from the previous one as the items left out between them
  // would take, and the first as far from the top as those before it.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const elements = Array.from(list.children).slice(-rendered.length) as HTMLElement[];
    let previousEnd: number | undefined;
    elements.forEach((element, i) => {
      const item = rendered[i];
      if (!item) return;
      element.dataset.index = String(item.index);
      if (element.tagName === 'LI') {
        element.setAttribute('aria-posinset', String(item.index + 1));
        element.setAttribute('aria-setsize', String(items.length));
      }
      const margin = previousEnd === undefined ? item.start - scrollMargin : item.start - previousEnd - gap;
      element.style.marginTop = `${Math.max(0, margin)}px`;
      // The room of the items after the last rendered one (on the item, so the list may be `display: contents`).
      element.style.marginBottom = i === elements.length - 1 ? `${paddingBottom}px` : '';
      previousEnd = item.end;
    });
    // Measured after every item is placed: a measure between two placements would lay the page out once per item.
    for (const element of elements) virtualizer.measureElement(element);
    // Where item 0 would start in the page: the list's offset plus what is rendered before the items.
    const first = elements[0];
    const firstItem = rendered[0];
    if (first && firstItem) {
      const top = first.getBoundingClientRect().top + window.scrollY;
      const start = top - (firstItem.start - scrollMargin);
      if (Math.abs(start - scrollMargin) > 1) setScrollMargin(start);
    }
  });

  useEffect(() => {
    const list = listRef.current;
    // The gap the layout puts between items: the list's, or its parent's when the list is `display: contents`.
    const box = list && getComputedStyle(list).display === 'contents' ? list.parentElement : list;
    if (box) setGap(Number.parseFloat(getComputedStyle(box).rowGap) || 0);
  }, []);

  useEffect(() => {
    const reveal = (event: Event) => {
      const path = (event as CustomEvent<string>).detail;
      if (!path.startsWith(`${name}.`)) return;
      const index = Number.parseInt(path.slice(name.length + 1), 10);
      if (!(index >= 0 && index < items.length)) return;
      setTarget(index);
      virtualizer.scrollToIndex(index, { align: 'center' });
    };
    window.addEventListener(revealEvent, reveal);
    return () => window.removeEventListener(revealEvent, reveal);
  }, [name, items.length, virtualizer]);

  return (
    <List
      ref={(element: HTMLElement | null) => {
        listRef.current = element;
      }}
      className={className}
      style={style}
      onFocus={(event) => {
        const item = (event.target as HTMLElement).closest('[data-index]');
        if (item?.parentElement === listRef.current) setFocused(Number((item as HTMLElement).dataset.index));
      }}
    >
      {before}
      {rendered.map((item) => (
        <Fragment key={item.key}>{children(items[item.index] as T, item.index)}</Fragment>
      ))}
    </List>
  );
}

/** The indices of items of the array `name` that have an error, as a stable string for a snapshot selector. */
function errorIndices(
  steps: readonly { issues: readonly { path: string; severity: string }[] }[],
  name: string,
) {
  const prefix = `${name}.`;
  const indices = new Set<number>();
  for (const step of steps)
    for (const issue of step.issues) {
      if (issue.severity !== 'error' || !issue.path.startsWith(prefix)) continue;
      const index = Number.parseInt(issue.path.slice(prefix.length), 10);
      if (index >= 0) indices.add(index);
    }
  return [...indices].sort((a, b) => a - b).join(',');
}
