import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { SpecDocument } from '../document/spec-document';
import { hasDefinitions, narrowEscapeOptions } from '../markdown/escape-options';
import { gfmStringifyOptions, remarkGfmStringify, stringifyOptions } from '../markdown/stringify-options';
import { additionalAt, writeBlocks, writeSubsection } from '../markdown/write/blocks';
import type { ExportOptions, Scope, WriteContext } from '../markdown/write/context';
import { documentDefinitions } from '../markdown/write/definitions';
import { writeFooter } from '../markdown/write/footer';
import { fragmentBlocks } from '../markdown/write/fragment';
import { writeFrontMatter } from '../markdown/write/front-matter';
import { blocksFlow, blockUnits, listItemUnits, splittable, tableByRows } from '../markdown/write/units';
import { writeMarkdown } from '../markdown/write-markdown';
import type { Section } from '../template/types';
import { blockFieldIds } from '../template/walk';
import { getTemplate } from '../templates';

/** Writes a document's Markdown like `writeMarkdown`, reusing what the previous calls wrote for unchanged parts. */
export type CachedWriter = (doc: SpecDocument, options: ExportOptions) => string;

/** The Markdown of a block this writer has seen, with the cache entries it was made of. */
interface Known {
  markdown: string;
  entries: [string, string][];
}

interface SectionEntry {
  deps: readonly unknown[];
  nodes: RootContent[];
  /** Additional-content anchors the section wrote (and so took out of the pending ones). */
  consumed: string[];
}

/**
 * A writer for the live preview, where one keystroke changes one field of a large document. It builds the same
 * tree as `documentToMdast` (the same steps, on the writer's own building blocks), but keeps two caches:
 * - each section's mdast, reused while the section's field values, the additional content and the options are the
 *   same objects (the document store replaces only what changed, so a keystroke invalidates one section);
 * - the Markdown of each top-level block and of each item of a top-level list, by content, so a keystroke in one
 *   requirement re-escapes only that requirement.
 * Blocks can be written apart and joined with a blank line because remark-stringify joins top-level blocks that
 * way, except adjacent lists (the second one switches bullet), which are therefore written together.
 * The property test `cached-writer.property.test.ts` holds it to `writeMarkdown`, byte for byte.
 */
export function createCachedWriter(): CachedWriter {
  const sections = new Map<Section, SectionEntry>();
  // Group items' nodes, by item: rebuilding a section after a keystroke writes only the item that changed.
  const items: NonNullable<WriteContext['items']> = new WeakMap();
  let markdownCache = new Map<string, string>();
  let identityCache = new WeakMap<object, Known>();
  let cacheWriter: 'narrow' | 'blanket' | undefined;

  return (doc, options) => {
    // A document opened from a file is its file, reprinted where it changed (with its own cache of parts).
    if (doc.origin) return writeMarkdown(doc, options);
    const tree = cachedMdast(doc, options, sections, items);
    const kind = hasDefinitions(tree) ? 'blanket' : 'narrow';
    // The escaping differs between the writers: what one wrote is no use to the other.
    if (kind !== cacheWriter) {
      markdownCache = new Map();
      identityCache = new WeakMap();
      cacheWriter = kind;
    }
    const processor = kind === 'narrow' ? narrowWriter : blanketWriter;
    const used = new Map<string, string>();
    const parts: string[] = [];
    for (const unit of blockUnits(tree.children)) {
      const first = unit[0] as RootContent;
      const known = unit.length === 1 ? identityCache.get(first) : undefined;
      if (known) {
        for (const [key, markdown] of known.entries) used.set(key, markdown);
        parts.push(known.markdown);
        continue;
      }
      const entries: [string, string][] = [];
      const flow = (nodes: RootContent[], key: string): string => {
        const markdown = markdownCache.get(key) ?? used.get(key) ?? blocksFlow(processor, nodes);
        used.set(key, markdown);
        entries.push([key, markdown]);
        return markdown;
      };
      const written =
        unit.length === 1 && first.type === 'list' && splittable(first)
          ? listItemUnits(first)
              .map((item) => flow([item.list], item.key))
              .join('\n')
          : ((unit.length === 1 && first.type === 'table' ? tableByRows(first, flow) : undefined) ??
            flow(unit, JSON.stringify(unit)));
      if (unit.length === 1) identityCache.set(first, { markdown: written, entries });
      parts.push(written);
    }
    // Keep only what this document uses: the cache follows the document instead of growing with its history.
    markdownCache = used;
    const markdown = parts.join('\n\n');
    return markdown && !markdown.endsWith('\n') ? `${markdown}\n` : markdown;
  };
}

/** `documentToMdast`, with each section's nodes reused while its inputs are the same objects. */
function cachedMdast(
  doc: SpecDocument,
  options: ExportOptions,
  cache: Map<Section, SectionEntry>,
  items: WriteContext['items'],
): Root {
  const template = getTemplate(doc.template);
  const definitions = documentDefinitions(template, doc);
  const ctx: WriteContext = { options, pending: new Map(Object.entries(doc.additional)), items, definitions };
  const scope: Scope = { fields: template.fields, values: doc.fields, n: 1, topLevel: true };
  const children: RootContent[] = [];

  const frontMatter = writeFrontMatter(template, doc.extraFrontMatter, scope, ctx);
  if (frontMatter) children.push(frontMatter);
  children.push(...writeBlocks(template.header.blocks, scope, ctx, 0).nodes);
  children.push(...additionalAt(ctx, 'start').nodes);
  for (const id of template.header.fields) children.push(...additionalAt(ctx, id).nodes);

  for (const section of template.sections) {
    // Options come through structured clones from the page: compared by value, not identity.
    const deps = [
      options.includeGuidance,
      options.emptyFields,
      doc.additional,
      // A definition added or removed anywhere changes how references everywhere are written.
      definitions,
      ...sectionFieldIds(section).map((id) => doc.fields[id]),
    ];
    let entry = cache.get(section);
    if (entry && sameDeps(entry.deps, deps)) {
      for (const anchor of entry.consumed) ctx.pending.delete(anchor);
    } else {
      const before = [...ctx.pending.keys()];
      const nodes = writeSubsection(section, scope, ctx).nodes;
      entry = { deps, nodes, consumed: before.filter((anchor) => !ctx.pending.has(anchor)) };
      cache.set(section, entry);
    }
    if (entry.nodes.length === 0) continue;
    children.push(...entry.nodes);
    if (template.sectionSeparator === 'thematicBreak') children.push({ type: 'thematicBreak' });
  }
  for (const markdown of ctx.pending.values())
    children.push(...fragmentBlocks(markdown, undefined, definitions));
  ctx.pending.clear();

  const footer = template.footer && writeFooter(template.footer, scope, ctx);
  if (footer) children.push(footer);
  return { type: 'root', children };
}

const fieldIdsBySection = new WeakMap<Section, string[]>();

function sectionFieldIds(section: Section): string[] {
  let ids = fieldIdsBySection.get(section);
  if (!ids) {
    ids = blockFieldIds([section]);
    fieldIdsBySection.set(section, ids);
  }
  return ids;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

// The same processors as `writeMarkdown`'s (narrowed `[` escaping unless the tree has definitions).
const writer = (narrow: boolean) =>
  unified()
    .use(remarkStringify, { ...stringifyOptions, ...(narrow ? narrowEscapeOptions : {}) })
    .use(remarkGfmStringify, gfmStringifyOptions)
    .use(remarkFrontmatter, ['yaml'])
    .freeze();
const narrowWriter = writer(true);
const blanketWriter = writer(false);
