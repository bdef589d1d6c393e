import type { RootContent } from 'mdast';
import type { Field, Footer, FrontMatter, Segment } from '../types';
import { plainText } from './labelled-lines';
import { findPlaceholders } from './placeholders';

/**
 * A footer that repeats front matter values (`*[Specification Title]*` / `*Version 1.0 | [YYYY-MM-DD]*` /
 * `*Status: Draft*`, after a last `---`): the document's last paragraph, every line in emphasis, each placeholder
 * or literal in it standing for a front matter field. A placeholder is the field whose placeholder it is, or whose
 * label it names (`[Specification Title]` names Title); a literal is the field whose default it is. Undefined when
 * anything in it stands for no front matter field: it is then the template's own text.
 */
export function compileFooter(
  node: RootContent | undefined,
  frontMatter: FrontMatter | undefined,
  fields: readonly Field[],
): Footer | undefined {
  if (!frontMatter || node?.type !== 'paragraph') return undefined;
  const own = new Set(frontMatter.keys.flatMap((k) => ('field' in k ? [k.field] : [])));
  const candidates = fields.filter((f) => own.has(f.id));
  const lines: Segment[][] = [];
  const children = node.children;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i]!;
    const between = i % 2 === 1;
    if (between) {
      if (child.type !== 'text' || child.value !== '\n') return undefined;
      continue;
    }
    if (child.type !== 'emphasis') return undefined;
    const text = plainText(child.children);
    const line = text === undefined ? undefined : footerLine(text, candidates);
    if (!line) return undefined;
    lines.push(line);
  }
  const bound = lines.flat().some((s) => s.type === 'field');
  return bound && lines.length > 0 ? { lines } : undefined;
}

function footerLine(text: string, fields: readonly Field[]): Segment[] | undefined {
  const out: Segment[] = [];
  let at = 0;
  for (const match of findPlaceholders(text)) {
    const field = fields.find((f) => f.placeholder === match.text) ?? namedIn(match.text, fields);
    if (!field) return undefined;
    if (match.start > at) out.push(...literals(text.slice(at, match.start), fields));
    out.push(
      field.placeholder === match.text
        ? { type: 'field', field: field.id }
        : { type: 'field', field: field.id, placeholder: match.text },
    );
    at = match.end;
  }
  if (at < text.length) out.push(...literals(text.slice(at), fields));
  return out;
}

/** The field whose label is a word of the placeholder (`[Specification Title]` -> Title). */
function namedIn(placeholder: string, fields: readonly Field[]): Field | undefined {
  const words = new Set(placeholder.toLowerCase().match(/[a-z]+/g) ?? []);
  const named = fields.filter((f) => words.has(f.label.toLowerCase()));
  return named.length === 1 ? named[0] : undefined;
}

/** Text with the default values of fields in it as those fields (`Version 1.0 | ` -> Version, version, ` | `). */
function literals(text: string, fields: readonly Field[]): Segment[] {
  for (const field of fields) {
    const value = 'defaultValue' in field ? field.defaultValue : undefined;
    if (!value) continue;
    const found = new RegExp(`(?<![\\w.])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.])`).exec(
      text,
    );
    if (!found) continue;
    return [
      ...literals(text.slice(0, found.index), fields),
      { type: 'field', field: field.id },
      ...literals(text.slice(found.index + value.length), fields),
    ];
  }
  return text === '' ? [] : [{ type: 'text', value: text }];
}
