import type { Heading } from 'mdast';
import type { Subsection } from '../types';
import { plainText } from './labelled-lines';
import { isWholePlaceholder } from './placeholders';

/** A heading the model writes as a subsection heading: its title, section number and note. */
export type PlainHeading = Pick<Subsection, 'title' | 'number' | 'note'>;

/**
 * Reads a heading as a subsection heading, if the writer would write it back the same: plain text (`3.1 Title`),
 * optionally followed by a note in emphasis (`Title *(mandatory)*`). Undefined for anything else (inline code,
 * links, a heading that is only a placeholder), which stays a heading block with fields.
 */
export function plainHeading(heading: Heading): PlainHeading | undefined {
  const children = heading.children;
  const last = children.at(-1);
  let note: PlainHeading['note'];
  let textNodes = children;
  if (last?.type === 'emphasis' && children.length >= 2) {
    const noteText = plainText(last.children);
    const before = children.at(-2);
    if (noteText === undefined || noteText.trim() !== noteText || noteText === '') return undefined;
    if (before?.type !== 'text' || !before.value.endsWith(' ')) return undefined;
    note = { text: noteText, style: 'emphasis' };
    textNodes = children.slice(0, -1);
  }
  const raw = plainText(textNodes);
  if (raw === undefined) return undefined;
  let text = note ? raw.slice(0, -1) : raw;
  // A plain note saying whether the part is needed: `Constitution Compliance (mandatory)`, `Risks (if any)`; other
  // words in brackets are the title's own (`Source Code (repository root)`).
  const plainNote = note
    ? null
    : /^(\S.*) (\((?:mandatory|required|optional|if [^()\n]*|include if [^()\n]*|when [^()\n]*)\))$/i.exec(
        text,
      );
  if (plainNote) {
    text = plainNote[1]!;
    note = { text: plainNote[2]!, style: 'plain' };
  }
  if (text.trim() === '' || text.trim() !== text || text.includes('\n') || isWholePlaceholder(text))
    return undefined;
  const numbered = /^(\d+(?:\.\d+)*\.?) (\S.*)$/.exec(text);
  return numbered ? { number: numbered[1], title: numbered[2]!, note } : { title: text, note };
}

/** True when a note or title says the part is mandatory. */
export function isMandatory(heading: PlainHeading): boolean {
  return /\b(mandatory|required)\b/i.test(`${heading.title} ${heading.note?.text ?? ''}`);
}
