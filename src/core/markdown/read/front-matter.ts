import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { FieldValue } from '../../document/spec-document';
import type { TemplateDescription } from '../../template/types';
import { literalToValue } from '../inline-value';

export interface FrontMatterResult {
  values: Record<string, FieldValue>;
  extra: Record<string, unknown>;
  warnings: string[];
  /** Set when the YAML could not be read: the reader keeps the raw text as additional content. */
  error?: string;
}

/**
 * Reads YAML front matter into the template's front matter fields. Scalars are kept as written (`version: 1.0`
 * stays "1.0", dates are not converted) and, being plain text, as the Markdown that renders as that text (field
 * values are inline Markdown); keys the template does not know go to `extra`.
 */
export function readFrontMatter(template: TemplateDescription, yamlText: string): FrontMatterResult {
  const result: FrontMatterResult = { values: {}, extra: {}, warnings: [] };
  const parsed = parseDocument(yamlText);
  if (parsed.errors.length > 0) {
    result.error = parsed.errors[0]!.message.split('\n')[0]!;
    return result;
  }
  const contents = parsed.contents;
  if (contents === null) return result;
  if (!isMap(contents)) {
    result.error = 'the front matter is not a list of “key: value” lines';
    return result;
  }
  const keys = template.frontMatter?.keys ?? [];
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const spec = keys.find((k) => k.key === key);
    const node = pair.value;
    if (spec && 'const' in spec) {
      const value = isScalar(node) ? String(node.value) : '';
      if (value !== spec.const) {
        result.warnings.push(
          `The front matter said “${key}: ${value}”; it is written as “${key}: ${spec.const}”, the template’s own value.`,
        );
      }
      continue;
    }
    if (spec && 'field' in spec) {
      if (isSeq(node)) {
        result.values[spec.field] = node.items.map((item) => ({ text: literalToValue(scalarText(item)) }));
        continue;
      }
      if (isScalar(node) || node === null) {
        result.values[spec.field] = node === null ? '' : literalToValue(scalarText(node));
        continue;
      }
    }
    result.extra[key] = node === null ? null : parsed.get(key);
    if (isMap(node) || isSeq(node)) result.extra[key] = (node as { toJSON(): unknown }).toJSON();
  }
  return result;
}

function scalarText(node: unknown): string {
  if (!isScalar(node)) return node === null || node === undefined ? '' : String(node);
  if (node.value === null) return '';
  // `source` is the scalar as written: keeps `1.0`, `007` and dates exactly.
  const source = (node as { source?: unknown }).source;
  return typeof source === 'string' ? source : String(node.value);
}
