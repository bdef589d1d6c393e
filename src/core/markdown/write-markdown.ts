import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import type { SpecDocument } from '../document/spec-document';
import { getTemplate } from '../templates';
import { hasDefinitions, narrowEscapeOptions } from './escape-options';
import { gfmStringifyOptions, stringifyOptions } from './processor';
import { reprintMarkdown, type WriteFresh } from './reprint/reprint-markdown';
import { type SourceStyle, styleOptions } from './reprint/source-style';
import { additionalAt, writeBlocks, writeSubsection } from './write/blocks';
import { defaultExportOptions, type ExportOptions, type Scope, type WriteContext } from './write/context';
import { writeFooter } from './write/footer';
import { fragmentBlocks } from './write/fragment';
import { writeFrontMatter } from './write/front-matter';

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
  const ctx: WriteContext = { options, pending: new Map(Object.entries(doc.additional)) };
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
  for (const markdown of ctx.pending.values()) children.push(...fragmentBlocks(markdown));
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

const writeInStyle: WriteFresh = (doc, style, footer) => writeFresh(doc, originOptions, style, footer);

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
