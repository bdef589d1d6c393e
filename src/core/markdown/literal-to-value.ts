import { serializeLine } from './read/inline';
import { literalLines } from './write/literal';

/**
 * Literal text as a value: the Markdown that renders as exactly that text (each line a text node, serialized).
 * Documents made before values were Markdown hold literal text; the migration converts them with this.
 */
export function literalToValue(text: string): string {
  return literalLines(text)
    .map((line) => serializeLine([{ type: 'text', value: line }]))
    .join('\n');
}
