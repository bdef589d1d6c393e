import type { Heading, PhrasingContent } from 'mdast';
import { assertNever } from '../../assert-never';
import { isBlank, stringValue } from '../../document/field-values';
import type { Block, Segment, Subsection } from '../../template/types';
import { segmentFieldIds } from '../../template/walk';
import { valuePhrasing } from '../inline-value';
import { type Scope, scopeField, type WriteContext } from './context';
import { writeField } from './field';
import { fragmentBlocks } from './fragment';
import { tidyPhrasing, writeSegments } from './segments';
import { joinWritten, nothing, type Written } from './written';

/**
 * The blocks of a template part, in order. `headingDepth` is the depth of the heading they sit under (0 before
 * any): a heading block in the part changes it for what follows.
 */
export function writeBlocks(
  blocks: readonly Block[],
  scope: Scope,
  ctx: WriteContext,
  headingDepth: number,
): Written {
  let depth = headingDepth;
  const parts: Written[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'heading': {
        if (block.role === 'guidance' && !ctx.options.includeGuidance) break;
        const written = writeSegments(block.content, scope, ctx, true);
        const heading: Heading = {
          type: 'heading',
          depth: block.depth,
          children: tidyPhrasing(written.nodes),
        };
        parts.push({ nodes: [heading], content: written.filled > 0 });
        parts.push(...inlineAnchors(block.content, scope, ctx));
        depth = block.depth;
        break;
      }
      case 'paragraph':
        if (block.role === 'guidance' && !ctx.options.includeGuidance) break;
        parts.push(writeParagraph(block.content, scope, ctx));
        parts.push(...inlineAnchors(block.content, scope, ctx));
        break;
      case 'field':
        parts.push(writeField(scopeField(scope, block.field), scope, ctx, depth));
        if (scope.topLevel) parts.push(additionalAt(ctx, block.field));
        break;
      case 'markdown':
        if (block.role === 'structure' || ctx.options.includeGuidance)
          parts.push({ nodes: fragmentBlocks(block.markdown, undefined, ctx.definitions), content: false });
        break;
      case 'thematicBreak':
        parts.push({ nodes: [{ type: 'thematicBreak' }], content: false });
        break;
      case 'subsection':
        parts.push(writeSubsection(block, scope, ctx));
        break;
      default:
        assertNever(block);
    }
  }
  return joinWritten(parts);
}

/**
 * A subsection: its heading, the additional content anchored to it, its blocks. With "Leave out", one without
 * content disappears unless it is required, in which case its heading (and template text) stays.
 */
export function writeSubsection(subsection: Subsection, scope: Scope, ctx: WriteContext): Written {
  const anchored = additionalAt(ctx, subsection.id);
  const body = writeBlocks(subsection.blocks, scope, ctx, subsection.depth);
  // A filled title is content too: `## Contributing Factor 1: Cache expiry` with nothing under it yet stays.
  const titled = subsection.titleField && !isBlank(stringValue(scope.values[subsection.titleField.field]));
  const content = anchored.content || body.content || Boolean(titled);
  if (!content && !subsection.required && ctx.options.emptyFields === 'omit') return nothing;
  return { nodes: [subsectionHeading(subsection, scope), ...anchored.nodes, ...body.nodes], content };
}

/**
 * `## 1. Overview`, `## User Scenarios & Testing *(mandatory)*`; `## Contributing Factor 1: Cache expiry` once the
 * title's field is filled (the placeholder stays while it is not).
 */
function subsectionHeading(subsection: Subsection, scope: Scope): Heading {
  const title = subsection.number ? `${subsection.number} ${subsection.title}` : subsection.title;
  const children: PhrasingContent[] = titlePhrasing(title, subsection.titleField, scope);
  const note = subsection.note;
  if (note?.style === 'emphasis')
    children.push(
      { type: 'text', value: ' ' },
      { type: 'emphasis', children: [{ type: 'text', value: note.text }] },
    );
  else if (note?.style === 'plain') children.push({ type: 'text', value: ` ${note.text}` });
  return { type: 'heading', depth: subsection.depth, children: tidyPhrasing(children) };
}

function titlePhrasing(title: string, titleField: Subsection['titleField'], scope: Scope): PhrasingContent[] {
  const value = titleField ? stringValue(scope.values[titleField.field]) : '';
  const at = titleField ? title.indexOf(titleField.placeholder) : -1;
  if (!titleField || isBlank(value) || at < 0) return [{ type: 'text', value: title }];
  return [
    { type: 'text', value: title.slice(0, at) },
    // A line break in the value would end the heading: it is written as a space.
    ...valuePhrasing(value.trim(), () => ({ type: 'text', value: ' ' }), { start: false, end: false }),
    { type: 'text', value: title.slice(at + titleField.placeholder.length) },
  ];
}

/**
 * A paragraph of segments. Its lines (split at `break` segments) are written one by one: with "Leave out", a line
 * whose fields are all empty is left out (`**Created**: [DATE]`), and so is a paragraph left with no line.
 */
export function writeParagraph(content: readonly Segment[], scope: Scope, ctx: WriteContext): Written {
  const lines: Segment[][] = [[]];
  for (const segment of content) {
    if (segment.type === 'break') lines.push([]);
    else lines.at(-1)?.push(segment);
  }
  const children: PhrasingContent[] = [];
  let filled = 0;
  for (const line of lines) {
    const written = writeSegments(line, scope, ctx, false);
    filled += written.filled;
    if (ctx.options.emptyFields === 'omit' && written.refs > 0 && written.filled === 0) continue;
    const phrasing = tidyPhrasing(written.nodes);
    if (phrasing.length === 0) continue;
    if (children.length > 0) children.push({ type: 'break' });
    children.push(...phrasing);
  }
  if (children.length === 0) return nothing;
  return { nodes: [{ type: 'paragraph', children }], content: filled > 0 };
}

/** Additional content anchored at `anchor`, once: it is removed from the pending content when written. */
export function additionalAt(ctx: WriteContext, anchor: string): Written {
  const markdown = ctx.pending.get(anchor);
  if (markdown === undefined) return nothing;
  ctx.pending.delete(anchor);
  const nodes = fragmentBlocks(markdown, undefined, ctx.definitions);
  return { nodes, content: nodes.length > 0 };
}

/** Additional content anchored at the top-level fields a heading or paragraph refers to. */
function inlineAnchors(content: readonly Segment[], scope: Scope, ctx: WriteContext): Written[] {
  return scope.topLevel ? segmentFieldIds(content).map((id) => additionalAt(ctx, id)) : [];
}
