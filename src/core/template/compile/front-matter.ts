import type { Yaml } from 'mdast';
import { isMap, isScalar, parseDocument, Scalar } from 'yaml';
import type { Field, FrontMatter } from '../types';
import { isWholePlaceholder } from './placeholders';
import type { CompileContext, FieldScope } from './scope';

/**
 * YAML front matter keys as fields, in order: a string value is a text field (a date when the key says so), its
 * placeholder the value when it is one, else pre-filled with it; `type` is a constant, as the shipped templates
 * have it. Double-quoted values stay double-quoted. Keys the writer could not write back the same (numbers,
 * lists, maps, other quoting) are noted and left out.
 */
export function compileFrontMatter(
  node: Yaml,
  scope: FieldScope,
  ctx: CompileContext,
): FrontMatter | undefined {
  const doc = parseDocument(node.value);
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    ctx.notes.push('The front matter is not a YAML map: it is left out.');
    return undefined;
  }
  const keys: FrontMatter['keys'][number][] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const value = pair.value;
    const plain = isScalar(value) && value.type === Scalar.PLAIN;
    const quoted = isScalar(value) && value.type === Scalar.QUOTE_DOUBLE;
    if (key === undefined || !isScalar(value) || typeof value.value !== 'string' || !(plain || quoted)) {
      ctx.notes.push(
        `Front matter key "${key ?? '?'}" is not a plain or double-quoted string: it is left out.`,
      );
      continue;
    }
    const text = value.value;
    if (key === 'type') {
      keys.push({ key, const: text });
      continue;
    }
    const label = key.replace(/[_-]+/g, ' ').replace(/^./, (c) => c.toUpperCase());
    const placeholder = isWholePlaceholder(text);
    const field = scope.add(label, (id): Field => {
      const base = { id, label, placeholder: text, required: false };
      if (/date|created|updated/i.test(key))
        return /\bYYYY-MM-DD\b/.test(text) ? { ...base, kind: 'date', iso: true } : { ...base, kind: 'date' };
      return placeholder ? { ...base, kind: 'text' } : { ...base, kind: 'text', defaultValue: text };
    });
    keys.push(quoted ? { key, field: field.id, quoted: true } : { key, field: field.id });
  }
  return keys.length > 0 ? { keys } : undefined;
}
