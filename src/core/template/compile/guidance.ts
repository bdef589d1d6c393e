import type { Paragraph, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Block, TextRole } from '../types';

const instructionWords =
  /^(note|notes|important|action required|instructions?|example|examples|tip|hint|warning|fill only|gate|delete|remove)\b/i;

/**
 * Whether template text is guidance (written only with "Include template guidance") or structure: HTML comments,
 * block quotes and instructions (a paragraph all in emphasis, or opening with `Note:`, `IMPORTANT` ...) are guidance;
 * everything else is structure, always written.
 */
export function textRole(node: RootContent): TextRole {
  if (node.type === 'html') return node.value.trimStart().startsWith('<!--') ? 'guidance' : 'structure';
  if (node.type === 'blockquote') return 'guidance';
  if (node.type === 'paragraph') return isInstruction(node) ? 'guidance' : 'structure';
  return 'structure';
}

/** Sentences that tell the author what to write ("Why are we doing this?", "Explain the proposal ..."). */
const askingWords =
  /^(explain|describe|list|summari[sz]e|why|what|how|who|one paragraph|provide|include|give|outline|state|link)\b/i;

function isInstruction(paragraph: Paragraph): boolean {
  const first = paragraph.children[0];
  const text = mdastToString(paragraph).trim();
  if (askingWords.test(text) || /\?$/.test(text)) return true;
  if (paragraph.children.length === 1 && first?.type === 'emphasis') return true;
  const opening = first?.type === 'strong' || first?.type === 'emphasis' ? mdastToString(first) : '';
  return (
    instructionWords.test(opening.trim()) ||
    instructionWords.test(mdastToString(paragraph).trim().slice(0, 20))
  );
}

/** Template text kept verbatim: the source of the node, parsed again when written. */
export function verbatimBlock(node: RootContent, source: string, forced?: TextRole): Block {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  const markdown = source.slice(start, end);
  const role = forced ?? textRole(node);
  return role === 'guidance' ? { type: 'markdown', markdown } : { type: 'markdown', markdown, role };
}

/** Template text from the start of `first` to the end of `last`, kept verbatim as guidance. */
export function verbatimRange(first: RootContent, last: RootContent, source: string): Block {
  return {
    type: 'markdown',
    markdown: source.slice(first.position?.start.offset ?? 0, last.position?.end.offset ?? 0),
  };
}
