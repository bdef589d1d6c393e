import type { SpecDocument } from '../document/spec-document';
import { getTemplate } from '../templates';

// Letters NFKD does not decompose into an ASCII base letter plus marks.
const foldings: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

/** Longest slug written, so a pasted paragraph as a title still gives a usable file name. */
const maxSlugLength = 80;

/**
 * A file-name-safe slug: lowercase, ASCII-folded (`Über Straße` -> `uber-strasse`), every run of other characters
 * a single hyphen, no leading or trailing hyphen. Empty when nothing ASCII is left.
 */
export function slugify(text: string): string {
  const folded = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøđðþłı]/g, (c) => foldings[c] ?? c);
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.length <= maxSlugLength ? slug : slug.slice(0, maxSlugLength).replace(/-+$/, '');
}

/**
 * The name a downloaded document gets: its title field slugged, `.md`; `spec.md` when the title is empty (or has
 * nothing a file name can keep).
 */
export function markdownFileName(doc: SpecDocument): string {
  const title = doc.fields[getTemplate(doc.template).titleField];
  const slug = typeof title === 'string' ? slugify(title) : '';
  return `${slug || 'spec'}.md`;
}
