import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { hasDefinitions, narrowEscapeOptions } from '../escape-options';
import { gfmStringifyOptions, remarkGfmStringify, stringifyOptions } from '../stringify-options';

/** Serializes mdast as the writer does (same options, same escaping), so re-serialized text is what it writes. */
export function serialize(root: Root): string {
  return (hasDefinitions(root) ? blanketSerializer : narrowSerializer).stringify(root);
}

// Built once: every one-line value read or normalized is serialized, and building a processor costs more than that.
const serializer = (narrow: boolean) =>
  unified()
    .use(remarkStringify, { ...stringifyOptions, ...(narrow ? narrowEscapeOptions : {}) })
    .use(remarkGfmStringify, gfmStringifyOptions)
    .freeze();
const narrowSerializer = serializer(true);
const blanketSerializer = serializer(false);

const isBreakHtml = (node: PhrasingContent): boolean =>
  node.type === 'html' && /^<br\s*\/?>$/i.test(node.value.trim());

/**
 * A GFM autolink literal (`http://x.y`, `www.x.y`, `a@b.c` typed as text): plain text, not formatting, since the
 * parser makes it a link without any Markdown syntax in the source.
 */
function isAutolinkLiteral(node: PhrasingContent): boolean {
  if (node.type !== 'link' || node.title) return false;
  const text = mdastToString(node);
  return node.url === text || node.url === `http://${text}` || node.url === `mailto:${text}`;
}

/** Plain text of inline content: hard breaks and `<br>` become `\n`. */
export function plainText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'break' || isBreakHtml(node)) out += '\n';
    else if (node.type === 'text') out += node.value;
    else if (isAutolinkLiteral(node)) out += mdastToString(node);
    else if ('children' in node) out += plainText(node.children as PhrasingContent[]);
    else out += mdastToString(node);
  }
  return out;
}

/**
 * The value of a one-line field from its inline content: the Markdown of each line (split at hard breaks, each
 * trimmed), serialized with the writer's options, joined by `\n`. So `` `code` ``, `**bold**`, links, `~~strike~~`
 * and inline HTML (`<br>` too) come back as Markdown, and text with Markdown-special characters comes back escaped
 * where it needs to be. A mark that spans a hard break cannot be carried (each line of a value is inline Markdown
 * of its own): its lines are serialized apart.
 */
export function phrasingToValue(nodes: readonly PhrasingContent[]): string {
  const lines: PhrasingContent[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'break') lines.push([]);
    else lines.at(-1)?.push(node);
  }
  return lines
    .map((line) => serializeLine(trimPhrasing(line)))
    .filter((line) => line !== '')
    .join('\n');
}

/** One line of inline content as Markdown (a paragraph of it, serialized, without its final line ending). */
export function serializeLine(nodes: PhrasingContent[]): string {
  if (nodes.length === 0) return '';
  const [only] = nodes;
  if (nodes.length === 1 && only?.type === 'text' && isPlainLine(only.value)) return only.value;
  const paragraph: Paragraph = { type: 'paragraph', children: keepAutolinks(nodes) };
  return serialize({ type: 'root', children: [paragraph] }).trim();
}

/**
 * Text the serializer writes back unchanged: it starts with a letter (no `-`, `#`, `1.` or `>` that would open a
 * block), ends with no space, and holds only letters, digits, spaces and punctuation that is no Markdown syntax (and no
 * start of an autolink).
 * Why: opening a 100 KB spec serializes thousands of such values, and building the serializer's state for each one
 * was a third of reading it. `inline.test.ts` holds this to the serializer's own output.
 */
const plainLine = /^\p{L}(?:[\p{L}\p{N} ,.;:?'"()/%-]*[\p{L}\p{N},.;:?'"()/%-])?$/u;

/** A GFM autolink literal starts at `http://`, `https://` or `www.`: the serializer escapes those. */
const autolinkStart = /:\/|www\./iu;

export function isPlainLine(text: string): boolean {
  return plainLine.test(text) && !autolinkStart.test(text);
}

/**
 * Why: the writer's options write every link as `[text](url)`, so an autolink (`https://x.y`, `<a@b.co>`) would come
 * back as `[https://x.y](https://x.y)`. It is written as raw text the parser links again where whitespace (or the
 * line's ends) surrounds it; elsewhere the characters next to it could be taken into its URL, so it stays a link.
 */
function keepAutolinks(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  return nodes.map((node, index) => {
    if (isAutolinkLiteral(node)) {
      const text = mdastToString(node);
      const prev = nodes[index - 1];
      const next = nodes[index + 1];
      const bare =
        (prev === undefined || (prev.type === 'text' && /\s$/u.test(prev.value))) &&
        (next === undefined || (next.type === 'text' && /^\s/u.test(next.value)));
      return bare ? { type: 'html', value: text } : node;
    }
    if ('children' in node)
      return { ...node, children: keepAutolinks(node.children as PhrasingContent[]) } as PhrasingContent;
    return node;
  });
}

/**
 * Inline content without leading and trailing whitespace and hard breaks (text nodes are copied, not changed). A
 * `<br>` is content: a value may hold one.
 */
export function trimPhrasing(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  while (out.length > 0) {
    const first = out[0]!;
    if (first.type === 'break') out.shift();
    else if (first.type === 'text') {
      const value = first.value.replace(/^\s+/u, '');
      if (value === '') out.shift();
      else {
        out[0] = { type: 'text', value };
        break;
      }
    } else break;
  }
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    if (last.type === 'break') out.pop();
    else if (last.type === 'text') {
      const value = last.value.replace(/\s+$/u, '');
      if (value === '') out.pop();
      else {
        out[out.length - 1] = { type: 'text', value };
        break;
      }
    } else break;
  }
  return out;
}

/** Removes `pattern` (anchored at the start) from the first text node of the content. */
export function stripLeading(nodes: readonly PhrasingContent[], pattern: RegExp): PhrasingContent[] {
  const out = trimPhrasing(nodes);
  const first = out[0];
  if (first?.type === 'text') {
    const value = first.value.replace(pattern, '');
    if (value === '') out.shift();
    else out[0] = { type: 'text', value };
  }
  return trimPhrasing(out);
}

/** Removes `pattern` (anchored at the end) from the last text node of the content. */
export function stripTrailing(nodes: readonly PhrasingContent[], pattern: RegExp): PhrasingContent[] {
  const out = trimPhrasing(nodes);
  const last = out[out.length - 1];
  if (last?.type === 'text') {
    const value = last.value.replace(pattern, '');
    if (value === '') out.pop();
    else out[out.length - 1] = { type: 'text', value };
  }
  return trimPhrasing(out);
}

/** A `**Label**: value` entry of inline content. */
export interface LabelledEntry {
  label: string;
  value: PhrasingContent[];
  /** The label node and its value, for writing an unknown entry back as it was. */
  nodes: PhrasingContent[];
}

const labelColon = /^\s*[:：]/u;

/** The label text of a strong node when it is used as a label (`**Label**:` or `**Label:**`), else undefined. */
function labelOf(node: PhrasingContent, next: PhrasingContent | undefined): string | undefined {
  if (node.type !== 'strong') return undefined;
  const text = plainText(node.children).trim();
  if (/[:：]$/u.test(text)) return text.replace(/\s*[:：]$/u, '');
  if (next?.type === 'text' && labelColon.test(next.value)) return text;
  return undefined;
}

/**
 * Splits inline content into `**Label**: value` entries. Content before the first label is returned as `lead`.
 * Works whatever joins the entries: hard breaks, soft line breaks or nothing.
 */
export function splitLabelled(nodes: readonly PhrasingContent[]): {
  lead: PhrasingContent[];
  entries: LabelledEntry[];
} {
  const lead: PhrasingContent[] = [];
  const entries: LabelledEntry[] = [];
  let current: LabelledEntry | undefined;
  nodes.forEach((node, index) => {
    const label = labelOf(node, nodes[index + 1]);
    if (label !== undefined) {
      current = { label, value: [], nodes: [node] };
      entries.push(current);
    } else if (current) {
      current.value.push(node);
      current.nodes.push(node);
    } else lead.push(node);
  });
  for (const entry of entries) {
    entry.value = stripLeading(entry.value, labelColon);
  }
  return { lead, entries };
}
