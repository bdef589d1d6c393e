import type { Heading, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { parseTemplateDescription } from '../description-schema';
import type { Block, Field, FrontMatter, Section, TemplateDescription } from '../types';
import { blockFieldIds } from '../walk';
import { compileNodes, titleFieldOf, withContentField } from './blocks';
import { compileFooter } from './footer';
import { compileFrontMatter } from './front-matter';
import { isMandatory, plainHeading } from './headings';
import { IdAllocator } from './naming';
import { maxTemplateLength, parseTemplate } from './parse-template';
import { findPlaceholders, isWholePlaceholder } from './placeholders';
import { type CompileContext, FieldScope } from './scope';

/** What a compile gives: the description and what was inferred, or why there is none. */
export type CompileResult =
  | { ok: true; description: TemplateDescription; notes: string[] }
  | { ok: false; messages: string[] };

export interface CompileOptions {
  /** The template's id; by default derived from its name. */
  id?: string;
  /** The template's name; by default front matter `title`, the H1, or front matter `type`. */
  name?: string;
}

/**
 * Derives a template description from a Markdown template, in the existing model, so that the writer, the
 * reader and the form work with it unchanged: front matter keys, headings as sections and subsections,
 * placeholders as fields, tables, lists, checklists, code, repeated numbered blocks as repeatable groups, and the
 * template's instructions as guidance. Everything else is kept verbatim as structure, so the untouched document
 * of the compiled template, written with guidance and placeholders, is the template (same mdast).
 */
export function compileTemplate(markdown: string, options: CompileOptions = {}): CompileResult {
  const problem = inputProblem(markdown);
  if (problem) return { ok: false, messages: [problem] };
  const tree = parseTemplate(markdown);
  const children = tree.children;
  if (!children.some((n) => n.type === 'heading'))
    return { ok: false, messages: ['The template has no headings: there is nothing to make sections of.'] };

  const scope = new FieldScope(new IdAllocator(['start', 'header']));
  // Section and field ids share one namespace at the top level (anchors of additional content).
  const ctx: CompileContext = { source: markdown, anchors: scope.ids, notes: [] };
  let frontMatter: FrontMatter | undefined;
  let body: readonly RootContent[] = children;
  const first = children[0];
  if (first?.type === 'yaml') {
    frontMatter = compileFrontMatter(first, scope, ctx);
    body = children.slice(1);
  }
  const headerFields = scope.fields.map((f) => f.id);

  // A last paragraph after a `---` that repeats front matter values is the footer the writer writes.
  const footer =
    body.at(-2)?.type === 'thematicBreak' ? compileFooter(body.at(-1), frontMatter, scope.fields) : undefined;
  if (footer) body = body.slice(0, -1);
  // `---` after every section is the template's section separator, written by the writer, not a block.
  const separated = separatedSections(body);
  if (separated) body = separated;

  // `##` headings the writer writes as section headings start the form's steps; the rest goes before them.
  const starts = body.flatMap((node, i) => (isSectionHeading(node) ? [i] : []));
  const preamble = body.slice(0, starts[0] ?? body.length);
  const headerBlocks = compileNodes(preamble, scope, ctx, 0, 'Title');
  const sections: Section[] = starts.map((at, index) => {
    const heading = body[at] as Heading;
    const plain = plainHeading(heading)!;
    const end = starts[index + 1] ?? body.length;
    const id = ctx.anchors.take(plain.title, 'part', 'Section');
    const titleField = titleFieldOf(plain.title, scope);
    const blocks = withContentField(
      compileNodes(body.slice(at + 1, end), scope, ctx, 2, plain.title),
      scope,
      plain.title,
    );
    return {
      type: 'subsection',
      id,
      depth: 2,
      title: plain.title,
      ...(plain.number !== undefined ? { number: plain.number } : {}),
      ...(plain.note !== undefined ? { note: plain.note } : {}),
      required: isMandatory(plain),
      ...(titleField ? { titleField } : {}),
      blocks,
    };
  });

  const name = options.name ?? templateName(children, scope.fields, frontMatter);
  const titleField = pickTitleField(headerBlocks, headerFields, scope);
  const description: TemplateDescription = {
    id: options.id ?? slug(name),
    name,
    summary: summaryOf(sections),
    fields: scope.fields,
    ...(frontMatter ? { frontMatter } : {}),
    header: {
      id: 'header',
      title: frontMatter && headerBlocks.length === 0 ? 'Front matter' : 'Title',
      blocks: headerBlocks,
      fields: [
        ...headerFields,
        ...(headerFields.includes(titleField) ? [] : unplaced(titleField, headerBlocks, sections)),
      ],
    },
    sections,
    ...(separated ? { sectionSeparator: 'thematicBreak' as const } : {}),
    ...(footer ? { footer } : {}),
    titleField,
  };
  // Plain JSON, as a stored or shared description will be; then the same checks as any description from outside.
  const checked = parseTemplateDescription(JSON.parse(JSON.stringify(description)));
  if (!checked.ok) return { ok: false, messages: checked.messages };
  return { ok: true, description: checked.description, notes: ctx.notes };
}

/** Empty, binary or oversized input, in words; undefined when it can be compiled. */
function inputProblem(markdown: string): string | undefined {
  if (markdown.trim() === '') return 'The template is empty.';
  if (markdown.length > maxTemplateLength) return 'The template is over 1 MB: that is not a template.';
  // NUL and most C0 controls never appear in text files, but a stray one does: templates copied from an old spec-kit
  // carry emoji mangled into controls (U+0005 for ✅), and those are text (opening such a spec works too).
  const sample = Math.min(markdown.length, 8000);
  let controls = 0;
  for (let i = 0; i < sample; i += 1) {
    const code = markdown.charCodeAt(i);
    if (code === 0) controls = Number.POSITIVE_INFINITY;
    else if (code < 0x09 || (code > 0x0d && code < 0x20)) controls += 1;
  }
  // A binary file has one control in a few dozen bytes; a short template may carry a mangled emoji per line.
  if (controls > Math.max(16, sample / 100)) return 'The template is not text (it looks like a binary file).';
  return undefined;
}

/** The body without the `---` that ends every section, or undefined when not every section ends with one. */
function separatedSections(body: readonly RootContent[]): RootContent[] | undefined {
  const starts = body.flatMap((node, i) => (isSectionHeading(node) ? [i] : []));
  if (starts.length === 0) return undefined;
  const ends = starts.map((_, k) => (starts[k + 1] ?? body.length) - 1);
  if (ends.some((end, k) => end <= starts[k]! || body[end]?.type !== 'thematicBreak')) return undefined;
  const drop = new Set(ends);
  return body.filter((_, i) => !drop.has(i));
}

function isSectionHeading(node: RootContent): boolean {
  return node.type === 'heading' && node.depth === 2 && plainHeading(node) !== undefined;
}

/** Front matter `title` when it is not a placeholder, else the H1 without its placeholders (`Tasks: [X]` -> Tasks). */
function templateName(
  children: readonly RootContent[],
  fields: readonly Field[],
  frontMatter?: FrontMatter,
): string {
  const titleKey = frontMatter?.keys.find((k) => k.key === 'title');
  if (titleKey && 'field' in titleKey) {
    const field = fields.find((f) => f.id === titleKey.field);
    const value = field && 'defaultValue' in field ? field.defaultValue : undefined;
    if (value && !isWholePlaceholder(value)) return value.slice(0, 200);
  }
  const h1 = children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  const typeKey = frontMatter?.keys.find((k) => k.key === 'type');
  if (!h1 && typeKey && 'const' in typeKey)
    return typeKey.const
      .replace(/[-_]+/g, ' ')
      .replace(/\b\w/g, (c) => c.toUpperCase())
      .slice(0, 200);
  const anyHeading = h1 ?? children.find((n): n is Heading => n.type === 'heading');
  const text = anyHeading ? mdastToString(anyHeading) : '';
  let stripped = text;
  for (const match of findPlaceholders(text).reverse())
    stripped = stripped.slice(0, match.start) + stripped.slice(match.end);
  const beforeColon = stripped.split(':')[0]!.replace(/\s+/g, ' ').trim();
  const name = beforeColon || stripped.replace(/\s+/g, ' ').trim();
  return (name || 'Template').slice(0, 200);
}

/** The field the document is named after: the first field of the H1, else front matter `title`, else the first. */
function pickTitleField(
  headerBlocks: readonly Block[],
  frontMatterFields: readonly string[],
  scope: FieldScope,
): string {
  const h1 = headerBlocks.find((b) => b.type === 'heading' && b.depth === 1);
  const inTitle = h1 ? blockFieldIds([h1]) : [];
  const candidates = [...inTitle, ...frontMatterFields.filter((id) => id === 'title')];
  const textual = (id: string) =>
    scope.fields.find((f) => f.id === id && (f.kind === 'text' || f.kind === 'choice'));
  const found = candidates.find(textual) ?? scope.fields.find((f) => f.kind === 'text')?.id;
  if (found) return found;
  // A template with no one-line field at all: a title the form asks for, written nowhere.
  return scope.add(
    'Title',
    (id): Field => ({ id, kind: 'text', label: 'Title', placeholder: '', required: false }),
  ).id;
}

/** The title field when no block places it (it is then edited in the header step). */
function unplaced(id: string, header: readonly Block[], sections: readonly Section[]): string[] {
  return blockFieldIds([...header, ...sections]).includes(id) ? [] : [id];
}

function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return s === '' ? 'template' : s;
}

function summaryOf(sections: readonly Section[]): string {
  const titles = sections.map((s) => s.title);
  const text = titles.length > 0 ? `Sections: ${titles.join(', ')}` : 'A single-page template';
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
