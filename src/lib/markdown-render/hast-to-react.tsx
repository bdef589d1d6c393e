import type { Nodes } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ComponentProps, ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { GatedImage } from './remote-images';

// Links open outside the app (a click must not replace the editor).
function RenderedLink(props: ComponentProps<'a'>) {
  return <a {...props} target="_blank" rel="noopener noreferrer" />;
}

// The document's headings sit below the page's: the page has its h1 (the document's title) and h2s (the form's
// section, "Preview"), so the document's `# x` and `## x` are h3s and deeper levels follow one below their own. The
// outline never skips a level, and the class keeps the document's own look per level.
type HeadingProps = ComponentProps<'h1'>;
const demoted = (level: number) => {
  const Tag = `h${Math.min(level === 1 ? 3 : level + 1, 6)}` as 'h3' | 'h4' | 'h5' | 'h6';
  const className = `md-h${level}`;
  return (props: HeadingProps) => <Tag {...props} className={className} />;
};
const headings = {
  h1: demoted(1),
  h2: demoted(2),
  h3: demoted(3),
  h4: demoted(4),
  h5: demoted(5),
  h6: demoted(6),
};

// GFM task list boxes are read-only and unlabelled in the hast: name them by their state.
function RenderedInput(props: ComponentProps<'input'>) {
  if (props.type !== 'checkbox') return <input {...props} />;
  return <input {...props} aria-label={props.checked ? 'Done' : 'Not done'} />;
}

/**
 * Sanitized hast to React elements (never inner HTML): links open in a new tab, headings sit below the page's, task
 * boxes are named, and images wait for a `RemoteImageGate` to allow their host.
 */
export function hastToReact(node: Nodes): ReactElement {
  return toJsxRuntime(node, {
    Fragment,
    jsx,
    jsxs,
    components: { a: RenderedLink, img: GatedImage, input: RenderedInput, ...headings },
  });
}
