import type { SpecDocument } from '../../document/spec-document';
import type { Block, Field, TemplateDescription } from '../../template/types';

// A document's pieces of Markdown are parsed one by one (a template's text, a field's value), but a reference link in
// one (`[RFC 7231][rfc]`) may be defined in another (`[rfc]: https://...`). Each piece is parsed with the
// document's definitions in front of it, so its references are written as references, as they read in the file.

/** A line that may define a link reference (`[label]: destination`). */
const definitionLine = /^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gm;

function linesOf(markdown: string, out: Set<string>): void {
  if (!markdown.includes(']:')) return;
  for (const match of markdown.matchAll(definitionLine)) out.add(match[0].trim());
}

const fromTemplate = new WeakMap<TemplateDescription, readonly string[]>();

function templateLines(template: TemplateDescription): readonly string[] {
  let known = fromTemplate.get(template);
  if (!known) {
    const out = new Set<string>();
    const blocks = (list: readonly Block[]) => {
      for (const block of list) {
        if (block.type === 'markdown') linesOf(block.markdown, out);
        else if (block.type === 'subsection') blocks(block.blocks);
      }
    };
    const fields = (list: readonly Field[]) => {
      for (const field of list) {
        if ('defaultValue' in field && typeof field.defaultValue === 'string')
          linesOf(field.defaultValue, out);
        if (field.kind === 'group') {
          if (field.layout.type === 'blocks') blocks(field.layout.blocks);
          fields(field.fields);
        }
      }
    };
    blocks(template.header.blocks);
    blocks(template.sections);
    fields(template.fields);
    known = [...out];
    fromTemplate.set(template, known);
  }
  return known;
}

// Values already looked at, by object: a keystroke replaces one item, the others are not read again.
const fromValue = new WeakMap<object, readonly string[]>();

function valueLines(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') linesOf(value, out);
  else if (value && typeof value === 'object') {
    let known = fromValue.get(value);
    if (!known) {
      const inner = new Set<string>();
      for (const item of Object.values(value)) valueLines(item, inner);
      known = [...inner];
      fromValue.set(value, known);
    }
    for (const line of known) out.add(line);
  }
}

/** The lines of the document's values (fields, additional content) that may define link references. */
export function valueDefinitions(doc: SpecDocument): string[] {
  const out = new Set<string>();
  valueLines(doc.fields, out);
  valueLines(doc.additional, out);
  return [...out];
}

/** The lines of the document that may define link references, joined; '' when there are none (almost always). */
export function documentDefinitions(template: TemplateDescription, doc: SpecDocument): string {
  return [...new Set([...templateLines(template), ...valueDefinitions(doc)])].join('\n');
}
