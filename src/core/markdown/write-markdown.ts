import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import type { SpecDocument } from '../document/spec-document';
import type { Subsection } from '../template/types';
import { blockFieldIds } from '../template/walk';
import { getTemplate } from '../templates';
import { hasDefinitions, narrowEscapeOptions } from './escape-options';
import { gfmStringifyOptions, stringifyOptions } from './processor';
import { reprintMarkdown, type WriteFresh } from './reprint/reprint-markdown';
import { type SourceStyle, styleOptions } from './reprint/source-style';
import { additionalAt, writeBlocks, writeSubsection } from './write/blocks';
import { defaultExportOptions, type ExportOptions, type Scope, type WriteContext } from './write/context';
import { documentDefinitions, valueDefinitions } from './write/definitions';
import { writeFooter } from './write/footer';
import { fragmentBlocks } from './write/fragment';
import { writeFrontMatter } from './write/front-matter';
import {
  blocksFlow,
  blockUnits,
  listItemUnits,
  type StringifyProcessor,
  splittable,
  tableByRows,
} from './write/units';

export { defaultExportOptions, type ExportOptions } from './write/context';
export { normalizeLiteral } from './write/literal';

/**
 * The mdast of a document, derived from its template's description: front matter, header blocks, additional
 * content anchored at `start`, every section (each followed by the template's separator), then additional content
 * whose anchor the template no longer has, then the footer.
 */
export function documentToMdast(
  doc: SpecDocument,
  options: ExportOptions,
  { footer: withFooter = true }: { footer?: boolean } = {},
): Root {
  const template = getTemplate(doc.template);
  const ctx: WriteContext = {
    options,
    pending: new Map(Object.entries(doc.additional)),
    definitions: documentDefinitions(template, doc),
  };
  const scope: Scope = { fields: template.fields, values: doc.fields, n: 1, topLevel: true };
  const children: RootContent[] = [];

  const frontMatter = writeFrontMatter(template, doc.extraFrontMatter, scope, ctx);
  if (frontMatter) children.push(frontMatter);
  children.push(...writeBlocks(template.header.blocks, scope, ctx, 0).nodes);
  children.push(...additionalAt(ctx, 'start').nodes);
  // Front matter fields have no place in the body: what followed them goes with `start`.
  for (const id of template.header.fields) children.push(...additionalAt(ctx, id).nodes);

  for (const section of template.sections) {
    const written = writeSubsection(section, scope, ctx);
    if (written.nodes.length === 0) continue;
    children.push(...written.nodes);
    if (template.sectionSeparator === 'thematicBreak') children.push({ type: 'thematicBreak' });
  }
  // Never lose content: anchors the template does not have (any more) are written at the end.
  for (const markdown of ctx.pending.values())
    children.push(...fragmentBlocks(markdown, undefined, ctx.definitions));
  ctx.pending.clear();

  const footer = withFooter && template.footer && writeFooter(template.footer, scope, ctx);
  if (footer) children.push(footer);
  return { type: 'root', children };
}

/**
 * The Markdown of a document. A new document is its mdast written by remark-stringify with GFM and front matter. A
 * document opened from a file is the file itself, with only the lines that hold what changed rewritten (see
 * `reprintMarkdown`): the export options do not apply to it, since they would rewrite the file.
 */
export function writeMarkdown(doc: SpecDocument, options: ExportOptions = defaultExportOptions): string {
  if (doc.origin) return reprintMarkdown({ ...doc, origin: doc.origin }, writeInStyle);
  return writeFresh(doc, options, {}, true);
}

/** How an opened document's lines are written: empty fields left out, no guidance (neither is in the file). */
const originOptions: ExportOptions = { includeGuidance: false, emptyFields: 'omit' };

const writeInStyle: WriteFresh = (doc, style, footer) => writeInParts(doc, originOptions, style, footer);

/**
 * What the reprint's writer writes, written as one tree with nothing cached: the reference its tests hold the
 * part-by-part writer to.
 */
export const writeInStyleWhole: WriteFresh = (doc, style, footer) =>
  writeFresh(doc, originOptions, style, footer);

// Part texts by what they were written from: an opened document is written again on every keystroke (preview,
// download), and a keystroke changes one section; the others come from here.
const partCache = new Map<string, string>();
// The last text of each part, with the values it was written from (see `cached` in `writeInParts`).
const partsByName = new Map<string, { values: readonly unknown[]; text: string }>();
// Group items' and table rows' nodes, by item: a keystroke in one of 1,000 requirements builds that one again.
const partItems: NonNullable<WriteContext['items']> = new WeakMap();

/**
 * The document's Markdown written part by part (front matter and header, each section, the rest), each part
 * stringified on its own and reused while the values it is written from are the same. Parts are joined by a blank
 * line, as remark joins blocks; only the reprinting of opened documents uses it, on both sides of its comparison.
 */
function writeInParts(
  doc: SpecDocument,
  options: ExportOptions,
  style: SourceStyle,
  footer: boolean,
): string {
  const template = getTemplate(doc.template);
  const definitions = documentDefinitions(template, doc);
  const ctx: WriteContext = {
    options,
    pending: new Map(Object.entries(doc.additional)),
    items: partItems,
    definitions,
  };
  const scope: Scope = { fields: template.fields, values: doc.fields, n: 1, topLevel: true };
  const shared = JSON.stringify([doc.template, options, style, doc.additional, definitions]);
  // A link definition anywhere makes any `[label]` a possible reference: then every part escapes `[`.
  const narrow = valueDefinitions(doc).length === 0;
  const processor = writerFor(style, narrow);
  const unitKey = `${narrow}${JSON.stringify(style)}`;
  const stringify = (nodes: RootContent[]) => (nodes.length === 0 ? '' : inUnits(processor, unitKey, nodes));
  // A part is reused while the values it is written from are the same objects (a keystroke replaces only what it
  // changed), else while they are equal (the first write after opening compares with the file's own values).
  const cached = (name: string, values: readonly unknown[], write: () => string) => {
    const where = `${narrow}${shared}${name}`;
    const known = partsByName.get(where);
    if (known && known.values.length === values.length && known.values.every((v, i) => v === values[i]))
      return known.text;
    const full = `${where}${JSON.stringify(values)}`;
    let text = partCache.get(full);
    if (text === undefined) {
      text = write();
      if (partCache.size > 2000) partCache.clear();
      partCache.set(full, text);
    }
    if (partsByName.size > 2000) partsByName.clear();
    partsByName.set(where, { values, text });
    return text;
  };
  const valuesOf = (ids: readonly string[]) => ids.map((id) => doc.fields[id]);

  const parts: string[] = [];
  const headerIds = [...template.header.fields, ...blockFieldIds(template.header.blocks)];
  parts.push(
    cached('h', [...valuesOf(headerIds), doc.extraFrontMatter ?? null], () => {
      const nodes: RootContent[] = [];
      const frontMatter = writeFrontMatter(template, doc.extraFrontMatter, scope, ctx);
      if (frontMatter) nodes.push(frontMatter);
      nodes.push(...writeBlocks(template.header.blocks, scope, ctx, 0).nodes);
      nodes.push(...additionalAt(ctx, 'start').nodes);
      for (const id of template.header.fields) nodes.push(...additionalAt(ctx, id).nodes);
      return stringify(nodes);
    }),
  );
  ctx.pending.delete('start');
  for (const id of template.header.fields) ctx.pending.delete(id);
  for (const id of blockFieldIds(template.header.blocks)) ctx.pending.delete(id);

  for (const section of template.sections) {
    const ids = blockFieldIds([section]);
    parts.push(
      cached(`s${section.id}`, valuesOf(ids), () => {
        const written = writeSubsection(section, scope, ctx);
        if (written.nodes.length === 0) return '';
        const nodes = [...written.nodes];
        if (template.sectionSeparator === 'thematicBreak') nodes.push({ type: 'thematicBreak' });
        return stringify(nodes);
      }),
    );
    // What the section holds is written with it, cached or not.
    for (const id of [...ids, ...subsectionIds(section)]) ctx.pending.delete(id);
  }
  const rest: RootContent[] = [];
  for (const markdown of ctx.pending.values())
    rest.push(...fragmentBlocks(markdown, undefined, ctx.definitions));
  const written = footer && template.footer && writeFooter(template.footer, scope, ctx);
  if (written) rest.push(written);
  parts.push(stringify(rest));
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

// Markdown of the list items and table rows of opened documents' parts, by processor and content: a keystroke in
// one of 1,000 requirements escapes that one again, not the 999 others (see `units.ts`).
const unitMarkdown = new Map<string, string>();

/** The nodes' Markdown, written in units (list items, table rows) that are reused while they are the same. */
function inUnits(processor: StringifyProcessor, processorKey: string, nodes: RootContent[]): string {
  const flow = (unit: RootContent[], key: string) => {
    const full = `${processorKey}${key}`;
    let markdown = unitMarkdown.get(full);
    if (markdown === undefined) {
      markdown = blocksFlow(processor, unit);
      if (unitMarkdown.size > 50_000) unitMarkdown.clear();
      unitMarkdown.set(full, markdown);
    }
    return markdown;
  };
  return blockUnits(nodes)
    .map((unit) => {
      const [first] = unit;
      if (unit.length === 1 && first?.type === 'list' && splittable(first))
        return listItemUnits(first)
          .map((item) => flow([item.list], item.key))
          .join('\n');
      return (
        (unit.length === 1 && first?.type === 'table' ? tableByRows(first, flow) : undefined) ??
        blocksFlow(processor, unit)
      );
    })
    .join('\n\n');
}

function subsectionIds(subsection: Subsection): string[] {
  return [
    subsection.id,
    ...subsection.blocks.flatMap((b) => (b.type === 'subsection' ? subsectionIds(b) : [])),
  ];
}

function writeFresh(doc: SpecDocument, options: ExportOptions, style: SourceStyle, footer: boolean): string {
  const tree = documentToMdast(doc, options, { footer });
  return writerFor(style, !hasDefinitions(tree)).stringify(tree);
}

const writers = new Map<string, ReturnType<typeof writer>>();

function writerFor(style: SourceStyle, narrow: boolean) {
  const key = `${narrow}${JSON.stringify(style)}`;
  let found = writers.get(key);
  if (!found) {
    found = writer(narrow, styleOptions(style));
    writers.set(key, found);
  }
  return found;
}

const writer = (narrow: boolean, style: Partial<StringifyOptions>) =>
  unified()
    .use(remarkStringify, { ...stringifyOptions, ...style, ...(narrow ? narrowEscapeOptions : {}) })
    .use(remarkGfm, gfmStringifyOptions)
    .use(remarkFrontmatter, ['yaml'])
    .freeze();
