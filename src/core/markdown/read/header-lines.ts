import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { FieldValue } from '../../document/spec-document';
import { simpleItem } from './fields';
import {
  phrasingToValue,
  plainText,
  serialize,
  splitLabelled,
  stripLeading,
  stripTrailing,
  trimPhrasing,
} from './inline';
import { normalizeTitle } from './match-title';
import { type LabelSlot, labelMatches, type TemplateIndex } from './template-index';

/** What a block of header lines gives. */
export interface HeaderLines {
  /** Values of header fields, in document order. */
  values: { field: string; value: FieldValue }[];
  /** The lines no field took (an unknown label, or a field given already), as Markdown kept at the start. */
  kept?: string;
  /** Says which lines were kept, when they are worth a warning. */
  warning?: string;
}

/**
 * Reads a block before the first section as the template's labelled header lines (`**Status**: Draft`): a
 * paragraph, a blockquote or a bullet list of them, or a fenced YAML block (`Feature Branch: 001-x`, not always
 * valid YAML). Undefined when the block has no line of a header field. `values` are the fields read so far.
 */
export function readHeaderLines(
  index: TemplateIndex,
  node: RootContent,
  values: Readonly<Record<string, FieldValue>>,
): HeaderLines | undefined {
  if (node.type === 'paragraph') {
    const read = readLabelledLines(index, node.children, values);
    if (read) return read;
  }
  if (node.type === 'blockquote' && node.children.every((c) => c.type === 'paragraph')) {
    const inline = node.children.flatMap((p, i) =>
      i === 0
        ? (p as Paragraph).children
        : [{ type: 'break' } as PhrasingContent, ...(p as Paragraph).children],
    );
    const read = readLabelledLines(index, inline, values);
    if (read) return read;
  }
  if (node.type === 'list' && !node.ordered) {
    const inline: PhrasingContent[] = [];
    let ok = true;
    for (const item of node.children) {
      const content = simpleItem(item);
      if (!content) ok = false;
      else inline.push(...(inline.length ? [{ type: 'break' } as PhrasingContent] : []), ...content);
    }
    const read = ok ? readLabelledLines(index, inline, values) : undefined;
    if (read) return read;
  }
  if (node.type === 'code' && /^ya?ml$/i.test(node.lang ?? ''))
    return readYamlLines(index, node.value, values);
  return undefined;
}

/** `**Label**: value` lines. Known labels fill header fields; the others are kept. */
function readLabelledLines(
  index: TemplateIndex,
  children: PhrasingContent[],
  values: Readonly<Record<string, FieldValue>>,
): HeaderLines | undefined {
  const { lead, entries } = splitLabelled(children);
  if (entries.length === 0 || trimPhrasing(lead).length > 0) return undefined;
  if (!entries.some((e) => headerSlot(index, e.label))) return undefined;
  const out: HeaderLines = { values: [] };
  const given = new Map<string, FieldValue>();
  const unknown: PhrasingContent[] = [];
  for (const entry of entries) {
    const slot = headerSlot(index, entry.label);
    const current = slot ? (given.get(slot.field) ?? values[slot.field]) : undefined;
    if (!slot || (current !== '' && !Array.isArray(current))) {
      if (unknown.length > 0) unknown.push({ type: 'break' });
      unknown.push(...trimPhrasing(entry.nodes));
      continue;
    }
    const value = headerValue(index, slot, entry.value);
    given.set(slot.field, value);
    out.values.push({ field: slot.field, value });
  }
  if (unknown.length > 0) {
    out.kept = serialize({ type: 'root', children: [{ type: 'paragraph', children: unknown }] }).trim();
    const labels = entries.filter((e) => !headerSlot(index, e.label)).map((e) => e.label);
    out.warning = `Header lines the template has no field for (${labels.join(', ')}) were kept as additional content at the start.`;
  }
  return out;
}

/** Header lines in a fenced YAML block, which need not be valid YAML. */
function readYamlLines(
  index: TemplateIndex,
  text: string,
  values: Readonly<Record<string, FieldValue>>,
): HeaderLines | undefined {
  const entries = text
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const colon = line.indexOf(':');
      return colon > 0
        ? { label: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() }
        : undefined;
    });
  if (entries.some((e) => !e) || !entries.some((e) => e && headerSlot(index, e.label))) return undefined;
  const out: HeaderLines = { values: [] };
  const given = new Map<string, FieldValue>();
  const unknown: string[] = [];
  for (const entry of entries) {
    const slot = headerSlot(index, entry!.label);
    const current = slot ? (given.get(slot.field) ?? values[slot.field]) : undefined;
    if (!slot || current !== '') unknown.push(`${entry!.label}: ${entry!.value}`);
    else {
      const value = headerValue(index, slot, [{ type: 'text', value: entry!.value }]);
      given.set(slot.field, value);
      out.values.push({ field: slot.field, value });
    }
  }
  if (unknown.length > 0) out.kept = `\`\`\`yaml\n${unknown.join('\n')}\n\`\`\``;
  return out;
}

/** The header slot a label names: the template's label, or the field's label or an alias. */
function headerSlot(index: TemplateIndex, label: string): LabelSlot | undefined {
  return index.headerLabels.find((slot) => {
    const field = index.template.fields.find((f) => f.id === slot.field);
    return (
      normalizeTitle(slot.label) === normalizeTitle(label) || (field ? labelMatches(field, label) : false)
    );
  });
}

/** A header line's value: the template's own text around it (`User description: "..."`) taken off. */
function headerValue(index: TemplateIndex, slot: LabelSlot, nodes: PhrasingContent[]): FieldValue {
  let value = nodes;
  if (slot.prefix) {
    const prefix = slot.prefix.trim().replace(/["“]$/u, '');
    if (normalizeTitle(plainText(value)).startsWith(normalizeTitle(prefix))) {
      value = stripLeading(value, new RegExp(`^\\s*${escapeRegex(prefix)}\\s*`, 'iu'));
    }
  }
  const quoted = /["“]$/u.test(slot.prefix.trim()) && /^["”]/u.test(slot.suffix);
  // The template's separator before the next label on the same line (`**Branch**: `x` | **Date**: ...`) is its own.
  const separator = slot.suffix.trim();
  if (separator && !quoted) value = stripTrailing(value, new RegExp(`\\s*${escapeRegex(separator)}$`, 'u'));
  const first = value[0];
  const last = value[value.length - 1];
  if (
    quoted &&
    first?.type === 'text' &&
    last?.type === 'text' &&
    /^["“]/u.test(first.value) &&
    /["”]$/u.test(last.value)
  ) {
    value = stripTrailing(stripLeading(value, /^["“]/u), /["”]$/u);
  }
  const [single] = value;
  const text =
    slot.code && value.length === 1 && single?.type === 'inlineCode' ? single.value : phrasingToValue(value);
  const field = index.template.fields.find((f) => f.id === slot.field);
  if (field?.kind !== 'list') return text;
  return text
    .split(/\s*[,，]\s*/u)
    .filter(Boolean)
    .map((t) => ({ text: t }));
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
