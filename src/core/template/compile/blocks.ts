import type { Heading, Paragraph, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Block, MarkdownField, Subsection } from '../types';
import { compileCode } from './code';
import { verbatimBlock, verbatimRange } from './guidance';
import { isMandatory, plainHeading } from './headings';
import {
  hasFieldSegment,
  markLiteralValues,
  phrasingToSegments,
  placeholderField,
  plainText,
} from './labelled-lines';
import { compileList } from './lists';
import { labelFrom } from './naming';
import { findPlaceholders, isWholePlaceholder } from './placeholders';
import { repeatedBlock } from './repeated-blocks';
import type { CompileContext, FieldScope } from './scope';
import { compileTable } from './tables';

/**
 * The blocks for a run of top-level mdast nodes, under a heading of depth `depth` (0 before any): repeated
 * numbered blocks become a group, plain headings subsections holding what follows them, and each other node a
 * field when it has placeholders, or template text kept verbatim.
 */
export function compileNodes(
  nodes: readonly RootContent[],
  scope: FieldScope,
  ctx: CompileContext,
  depth: number,
  hint: string,
): Block[] {
  const out: Block[] = [];
  let label = hint;
  for (let i = 0; i < nodes.length; ) {
    const node = nodes[i]!;
    // "*Example of ...:*" and the worked example after it: one piece of guidance, not a form.
    const example = nodes[i + 1];
    if (isExampleLead(node) && example && example.type !== 'heading') {
      out.push(verbatimRange(node, example, ctx.source));
      i += 2;
      continue;
    }
    if (node.type === 'heading') {
      const repeated = repeatedBlock(nodes, i, scope, ctx, depth, compileNodes);
      if (repeated) {
        out.push(...repeated.blocks);
        i += repeated.consumed;
        continue;
      }
      const plain = plainHeading(node);
      if (plain && node.depth >= 2 && node.depth <= 4 && node.depth > depth) {
        let end = i + 1;
        while (
          end < nodes.length &&
          !(nodes[end]!.type === 'heading' && (nodes[end] as Heading).depth <= node.depth)
        )
          end += 1;
        const id = ctx.anchors.take(plain.title, 'part', 'Section');
        const titleField = titleFieldOf(plain.title, scope);
        out.push({
          type: 'subsection',
          id,
          depth: node.depth as 2 | 3 | 4,
          ...plain,
          required: isMandatory(plain),
          ...(titleField ? { titleField } : {}),
          blocks: withContentField(
            compileNodes(nodes.slice(i + 1, end), scope, ctx, node.depth, plain.title),
            scope,
            plain.title,
          ),
        });
        i = end;
        continue;
      }
      out.push(headingBlock(node, scope, ctx));
      label = labelFrom(mdastToString(node));
      i += 1;
      continue;
    }
    out.push(compileNode(node, scope, ctx, label));
    label = leadLabel(node) ?? label;
    i += 1;
  }
  return out.map(dropUndefined);
}

/**
 * The field of a subsection title's placeholder (`Contributing Factor 1: [Name]`), written in its place once filled;
 * undefined for a title with none.
 */
export function titleFieldOf(title: string, scope: FieldScope): Subsection['titleField'] {
  const match = findPlaceholders(title).find((p) => !p.number && !p.literal);
  if (!match) return undefined;
  const label = labelFrom(match.text);
  const field = scope.add(label, (id) => placeholderField(id, label, match));
  return { field: field.id, placeholder: match.text };
}

/**
 * A part that holds only guidance (a heading and an HTML comment saying what to write) gets a Markdown field for
 * what the author writes there; its empty placeholder writes nothing, so the untouched document is unchanged.
 */
export function withContentField(blocks: Block[], scope: FieldScope, label: string): Block[] {
  const onlyGuidance = blocks.every((b) => b.type === 'markdown' && b.role !== 'structure');
  if (!onlyGuidance) return blocks;
  const field = scope.add(
    label,
    (id): MarkdownField => ({ id, kind: 'markdown', label, placeholder: '', required: false }),
  );
  return [...blocks, fieldBlock(field.id)];
}

function dropUndefined(block: Block): Block {
  if (block.type !== 'subsection') return block;
  const { number, note, ...rest } = block;
  return { ...rest, ...(number !== undefined ? { number } : {}), ...(note !== undefined ? { note } : {}) };
}

/** A heading the writer cannot write as a subsection heading: a heading block, its placeholders fields. */
export function headingBlock(heading: Heading, scope: FieldScope, ctx: CompileContext): Block {
  const segments = phrasingToSegments(heading.children, scope);
  if (segments) return { type: 'heading', depth: heading.depth, content: segments };
  return verbatimBlock(heading, ctx.source, 'structure');
}

/** One node that is not a heading. */
function compileNode(node: RootContent, scope: FieldScope, ctx: CompileContext, label: string): Block {
  switch (node.type) {
    case 'thematicBreak':
      return { type: 'thematicBreak' };
    case 'paragraph': {
      const text = plainText(node.children);
      if (text !== undefined && !text.includes('\n') && isWholePlaceholder(text)) {
        // `[Add more user stories as needed ...]` tells the author what to do: guidance, not a field.
        if (/^\W*(add|insert|repeat|copy)\b/i.test(text.trim()))
          return verbatimBlock(node, ctx.source, 'guidance');
        const match = findPlaceholders(text.trim())[0]!;
        return fieldBlock(
          scope.add(
            label,
            (id): MarkdownField => ({
              id,
              kind: 'markdown',
              label,
              placeholder: match.text,
              required: false,
            }),
          ).id,
        );
      }
      const lines = markLiteralValues(node).children;
      const segments = phrasingToSegments(lines, scope.trial());
      if (segments && hasFieldSegment(segments)) {
        const kept = phrasingToSegments(lines, scope);
        if (kept) return { type: 'paragraph', content: kept };
      }
      // In a repeated block, a label line of its own (`**Acceptance Scenarios**:`) is the item's template text, which
      // the reader recognises as the label of what follows.
      if (ctx.inItem && leadLabel(node) && segments) return { type: 'paragraph', content: segments };
      if (
        node.children.length === 1 &&
        node.children[0]?.type === 'html' &&
        isWholePlaceholder(node.children[0].value)
      ) {
        // `<Describe the change>` parses as HTML: the field is pre-filled with it, so it is written back as it was.
        const defaultValue = ctx.source.slice(
          node.position?.start.offset ?? 0,
          node.position?.end.offset ?? 0,
        );
        return fieldBlock(
          scope.add(
            label,
            (id): MarkdownField => ({
              id,
              kind: 'markdown',
              label,
              placeholder: '',
              required: false,
              defaultValue,
            }),
          ).id,
        );
      }
      const labelled = labelledValueLine(node, scope, ctx.source);
      if (labelled) return labelled;
      return verbatimBlock(node, ctx.source);
    }
    case 'list': {
      const field = compileList(node, scope, label);
      return field ? fieldBlock(field.id) : verbatimBlock(node, ctx.source);
    }
    case 'table': {
      const field = compileTable(node, scope, label);
      return field ? fieldBlock(field.id) : verbatimBlock(node, ctx.source);
    }
    case 'code':
      return fieldBlock(compileCode(node, scope, label === '' ? 'Code' : label, ctx.source).id);
    default:
      return verbatimBlock(node, ctx.source);
  }
}

function isExampleLead(node: RootContent): boolean {
  // `*Example of marking unclear requirements:*`: a line all in emphasis announcing a worked example.
  return (
    node.type === 'paragraph' &&
    node.children.length === 1 &&
    node.children[0]?.type === 'emphasis' &&
    /^\W*examples?\b/i.test(mdastToString(node))
  );
}

/**
 * One labelled line whose value holds a placeholder where segments cannot have a field (inside code or a link:
 * spec-kit's `**Input**: Design documents from \`/specs/[###-feature-name]/\``): the whole value is one field, so
 * that a document's own value is read into the form and not kept as additional content. Undefined for anything else.
 */
function labelledValueLine(node: Paragraph, scope: FieldScope, source: string): Block | undefined {
  const [strong, rest, ...more] = node.children;
  if (strong?.type !== 'strong' || rest === undefined || node.children.some((n) => n.type === 'break'))
    return undefined;
  const text = plainText(strong.children);
  const label = text?.replace(/[:：\s]+$/u, '');
  if (!text || !label) return undefined;
  const start = strong.position?.end.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const after = source.slice(start, end);
  const lead = /^[:：]?[ \t]*/u.exec(after)![0];
  const value = after.slice(lead.length);
  if (
    value === '' ||
    value.includes('\n') ||
    findPlaceholders(mdastToString({ type: 'paragraph', children: [rest, ...more] })).length === 0
  )
    return undefined;
  // Pre-filled with the template's value, not a placeholder: placeholders are written as plain text, and this one is
  // Markdown (its code span). The placeholder check still finds the `[...]` left in it.
  const field = scope.add(label, (id) => ({
    id,
    kind: 'text' as const,
    label,
    placeholder: '',
    required: false,
    defaultValue: value,
  }));
  return {
    type: 'paragraph',
    content: [
      { type: 'strong', children: [{ type: 'text', value: text }] },
      ...(lead ? [{ type: 'text' as const, value: lead }] : []),
      { type: 'field', field: field.id },
    ],
  };
}

/** `**Acceptance Scenarios**:` on its own names what follows it. */
function leadLabel(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [strong, rest, ...more] = node.children;
  if (strong?.type !== 'strong' || more.length > 0) return undefined;
  if (rest && !(rest.type === 'text' && /^:?\s*$/.test(rest.value))) return undefined;
  const text = plainText(strong.children);
  return text ? text.replace(/[:\s]+$/, '') : undefined;
}

function fieldBlock(field: string): Block {
  return { type: 'field', field };
}
