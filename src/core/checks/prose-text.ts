import type { Nodes } from 'mdast';
import { parseMarkdownFragment } from '../markdown/processor';

const cache = new Map<string, string>();
/** What may start code, HTML, a link, an escape or an entity: backticks, tildes, indentation, `<`, `[`, `\`, `&`, URLs. */
const markupCharacters = /[`~<[\\&@]|^(?: {4}|\t)|:\/\/|www\./m;
const cacheLimit = 20_000;

/**
 * The words of a value as a reader sees them: the value parsed as Markdown (GFM), with code spans, code blocks and
 * HTML blanked out so that no rule fires on code, and bare links (`https://...`) left out. Blocks are separated by
 * a line break. Cached by value: checks run again after every pause in typing, and most values have not changed.
 */
export function proseText(value: string): string {
  // Text that cannot hold code, HTML, links, escapes or entities reads the same parsed or not, and most values are
  // such text: parsing thousands of them would make the first check of a large document slow.
  if (!markupCharacters.test(value)) return value;
  const cached = cache.get(value);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  collect(parseMarkdownFragment(value), parts);
  const text = parts.join('');
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(value, text);
  return text;
}

function collect(node: Nodes, out: string[]): void {
  switch (node.type) {
    case 'text':
      out.push(node.value);
      return;
    case 'inlineCode':
    case 'code':
    case 'html':
    case 'definition':
    case 'footnoteDefinition':
      out.push(' ');
      return;
    case 'break':
      out.push('\n');
      return;
    case 'image':
      out.push(node.alt ?? '');
      return;
    case 'link': {
      // A bare URL turned into a link by GFM: its text is the address, not words.
      const only = node.children.length === 1 ? node.children[0] : undefined;
      if (only?.type === 'text' && node.url.replace(/^mailto:/, '').endsWith(only.value)) {
        out.push(' ');
        return;
      }
      break;
    }
    default:
      break;
  }
  if (!('children' in node)) return;
  const block = node.type === 'root' || node.type === 'list' || node.type === 'listItem';
  for (const child of node.children) {
    collect(child as Nodes, out);
    if (block || child.type === 'paragraph' || child.type === 'heading' || child.type === 'tableCell')
      out.push('\n');
  }
}
