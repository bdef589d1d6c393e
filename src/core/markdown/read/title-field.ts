import type { Heading } from 'mdast';
import type { Subsection } from '../../template/types';
import { phrasingToValue } from './inline';

/**
 * What a heading writes in place of its subsection title's placeholder (`Contributing Factor 1: Cache expiry` for
 * `Contributing Factor 1: [Name]`), as Markdown: the heading's text after the title's text before the placeholder,
 * and before the text after it when the heading has that too (documents drop decorations such as `🎯 MVP`). Empty
 * when the heading does not start that way, or still shows the placeholder.
 */
export function titleFieldValue(subsection: Subsection, heading: Heading): string {
  const titleField = subsection.titleField;
  if (!titleField) return '';
  const at = subsection.title.indexOf(titleField.placeholder);
  if (at < 0) return '';
  const before = subsection.title.slice(0, at).trim().toLowerCase();
  const after = subsection.title.slice(at + titleField.placeholder.length).trim();
  const text = phrasingToValue(heading.children).trim();
  const start = before === '' ? 0 : text.toLowerCase().indexOf(before);
  if (start < 0) return '';
  let rest = text.slice(start + before.length);
  for (const end of endings(after)) {
    if (end && rest.toLowerCase().endsWith(end.toLowerCase())) {
      rest = rest.slice(0, rest.length - end.length);
      break;
    }
  }
  const value = rest.trim();
  return value === titleField.placeholder ? '' : value;
}

/** The text after a placeholder, then its first bracketed part alone (`(Priority: P1)` of `(Priority: P1) 🎯 MVP`). */
function endings(after: string): string[] {
  const bracketed = /^\([^()]*\)/.exec(after)?.[0];
  return bracketed && bracketed !== after ? [after, bracketed] : [after];
}
