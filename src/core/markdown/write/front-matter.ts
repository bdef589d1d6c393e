import type { Yaml } from 'mdast';
import { Document, isMap, Scalar } from 'yaml';
import { isBlank, isEmptyValue, itemsValue, stringValue } from '../../document/field-values';
import type { ListItem } from '../../document/spec-document';
import type { TemplateDescription } from '../../template/types';
import { getField } from '../../template/walk';
import { valueText } from '../inline-value';
import type { Scope, WriteContext } from './context';
import { placeholderFor } from './values';

/**
 * The front matter, written by the `yaml` package: the template's keys in order (double-quoted where the template
 * quotes them, plain otherwise), then the document's extra keys. An `optional` key is left out when empty; any
 * other empty key holds its placeholder, or `""` with "Leave out" (the key itself is structure). Values are one
 * line of plain text (YAML is not Markdown): the text a value renders as, line breaks as spaces.
 */
export function writeFrontMatter(
  template: TemplateDescription,
  extra: Readonly<Record<string, unknown>> | undefined,
  scope: Scope,
  ctx: WriteContext,
): Yaml | undefined {
  const doc = new Document({});
  const placeholders = ctx.options.emptyFields === 'placeholder';
  for (const entry of template.frontMatter?.keys ?? []) {
    if ('const' in entry) {
      doc.set(entry.key, entry.const);
      continue;
    }
    const field = getField(template, entry.field);
    const value = scope.values[field.id];
    if (entry.optional && isEmptyValue(field, value)) continue;
    if (field.kind === 'list' || field.kind === 'checklist') {
      const items = itemsValue<ListItem>(value)
        .map((item) => valueText(item.text))
        .filter((text) => text !== '');
      doc.set(entry.key, items.length > 0 || !placeholders ? items : [placeholderFor(scope, field)]);
      continue;
    }
    const text = stringValue(value);
    const written = !isBlank(text) ? valueText(text) : placeholders ? placeholderFor(scope, field) : '';
    const node = new Scalar(written);
    if (entry.quoted) node.type = Scalar.QUOTE_DOUBLE;
    doc.set(entry.key, node);
  }
  for (const [key, value] of Object.entries(extra ?? {})) {
    if (!doc.has(key)) doc.set(key, value);
  }
  if (!isMap(doc.contents) || doc.contents.items.length === 0) return undefined;
  // lineWidth 0: never fold a long title over several lines.
  return { type: 'yaml', value: doc.toString({ lineWidth: 0 }).trimEnd() };
}
