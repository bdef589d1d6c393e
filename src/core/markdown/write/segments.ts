import type { PhrasingContent } from 'mdast';
import { assertNever } from '../../assert-never';
import { isBlank, stringValue } from '../../document/field-values';
import type { Segment } from '../../template/types';
import { valuePhrasing } from '../inline-value';
import { type Scope, scopeField, type WriteContext } from './context';
import { literalInline, literalPhrasing } from './literal';
import { placeholderFor } from './values';

/** Phrasing written from segments, with how many field references it has and how many of them had a value. */
export interface WrittenPhrasing {
  nodes: PhrasingContent[];
  refs: number;
  filled: number;
}

/**
 * Phrasing for a line of segments. Field values are inline Markdown (see `valuePhrasing`): in a paragraph a line
 * break is a hard break, in a heading (`inline`) it is a space. An empty field is its placeholder (literal text),
 * or nothing with `emptyFields: 'omit'`. An inline code segment holds its value as literal code.
 */
export function writeSegments(
  segments: readonly Segment[],
  scope: Scope,
  ctx: WriteContext,
  inline: boolean,
): WrittenPhrasing {
  const out: WrittenPhrasing = { nodes: [], refs: 0, filled: 0 };
  for (const segment of segments) {
    switch (segment.type) {
      case 'text':
        out.nodes.push({ type: 'text', value: segment.value });
        break;
      case 'break':
        out.nodes.push(inline ? { type: 'text', value: ' ' } : { type: 'break' });
        break;
      case 'field': {
        const text = fieldText(scope, ctx, segment.field, segment.placeholder, out);
        if (text === undefined) break;
        if (text.placeholder)
          out.nodes.push(
            ...(inline
              ? [{ type: 'text' as const, value: literalInline(text.text) }]
              : literalPhrasing(text.text)),
          );
        // Template text or a hard break may touch the value: its ends are not its block's (see `ValueEdges`).
        else
          out.nodes.push(
            ...valuePhrasing(text.text, inline ? space : hardBreak, { start: false, end: false }),
          );
        break;
      }
      case 'inlineCode': {
        const text = fieldText(scope, ctx, segment.field, undefined, out);
        if (text !== undefined) out.nodes.push({ type: 'inlineCode', value: literalInline(text.text) });
        break;
      }
      case 'strong':
      case 'emphasis': {
        const inner = writeSegments(segment.children, scope, ctx, inline);
        out.refs += inner.refs;
        out.filled += inner.filled;
        const children = tidyPhrasing(inner.nodes);
        // An empty strong or emphasis would be written as a bare `****`, which is not one.
        if (children.length > 0) out.nodes.push({ type: segment.type, children });
        break;
      }
      default:
        assertNever(segment);
    }
  }
  return out;
}

const space = (): PhrasingContent => ({ type: 'text', value: ' ' });
const hardBreak = (): PhrasingContent => ({ type: 'break' });

/** The text for a field reference: its value, its placeholder, or undefined (left out). Counts refs. */
function fieldText(
  scope: Scope,
  ctx: WriteContext,
  id: string,
  placeholder: string | undefined,
  counts: WrittenPhrasing,
): { text: string; placeholder: boolean } | undefined {
  const field = scopeField(scope, id);
  const value = stringValue(scope.values[id]);
  counts.refs += 1;
  if (!isBlank(value)) {
    counts.filled += 1;
    return { text: value, placeholder: false };
  }
  return ctx.options.emptyFields === 'placeholder'
    ? { text: placeholderFor(scope, field, placeholder), placeholder: true }
    : undefined;
}

/**
 * Merges adjacent text nodes and trims the whitespace at the ends of each line (around hard breaks), which a
 * parser would strip anyway: a left-out field must not leave `&#x20;` or a dangling space behind.
 */
export function tidyPhrasing(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    // Template text on both sides of a left-out field: `User Story 2 - (Priority: P2)`, not two spaces.
    if (node.type === 'text' && last?.type === 'text')
      merged[merged.length - 1] = {
        ...last,
        value: /\s$/.test(last.value) ? last.value + node.value.trimStart() : last.value + node.value,
      };
    else merged.push(node);
  }
  const out = merged.map((node, index): PhrasingContent => {
    if (node.type !== 'text') return node;
    const atStart = index === 0 || merged[index - 1]?.type === 'break';
    const atEnd = index === merged.length - 1 || merged[index + 1]?.type === 'break';
    let value = node.value;
    if (atStart) value = value.trimStart();
    if (atEnd) value = value.trimEnd();
    return { ...node, value };
  });
  return out.filter((node) => node.type !== 'text' || node.value !== '');
}
