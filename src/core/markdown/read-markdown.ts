import type { Root } from 'mdast';
import { documentVersion } from '../document/document-version';
import type { FieldValue, SpecDocument } from '../document/spec-document';
import { kindOf } from '../fields/field-kinds';
import { normalizeText } from '../import/check-import-input';
import type { AdditionalContent, ImportReport, RecognizedField } from '../import/import-report';
import { itemFields } from '../template/item-fields';
import type { Field, Segment, TemplateDescription, TemplateId } from '../template/types';
import { resolvePlaceholder } from '../template/walk';
import { getTemplate } from '../templates';
import { literalToValue, valueText } from './inline-value';
import { parseMarkdownFragment } from './processor';
import { footerMatches } from './read/footer-lines';
import { plainText, serialize } from './read/inline';
import { readDocument } from './read/read-document';
import { placeholderPaths } from './reprint/reprint-markdown';

/** A document read from Markdown and what the reading did. */
export interface ReadResult {
  doc: SpecDocument;
  report: ImportReport;
}

/**
 * Reads Markdown into a document of the given template, through the same template description the writer uses.
 * Nothing is dropped: what maps to no field is kept verbatim as additional content at the place it followed.
 * IDs, priorities, statuses and dates are kept as written. Template placeholders (`[DATE]`) read as empty.
 */
export function readMarkdown(
  markdown: string,
  templateId: TemplateId,
  { source = markdown, tree }: { source?: string; tree?: Root } = {},
): ReadResult {
  const template = getTemplate(templateId);
  const read = readDocument(template, normalizeText(markdown), tree);
  const fields = read.fields;
  const asRead = structuredClone(fields);
  clearPlaceholders(template.fields, fields, undefined, 1);
  // The footer is derived from the fields, so it is dropped only when it says what they say; otherwise it is kept
  // as additional content at the end.
  let footerMatched = false;
  if (template.footer && read.footer) {
    footerMatched = footerMatches(read.footer.lines, footerVariants(template.footer.lines, template, fields));
    if (!footerMatched) {
      read.additional.add(read.anchor, read.footer.markdown);
      read.warnings.push({
        message: 'The footer did not match the front matter; it was kept as additional content at the end.',
      });
    }
  }
  const additional = Object.fromEntries(
    Object.entries(read.additional.result()).filter(([, markdown]) => markdown.trim() !== ''),
  );
  const doc: SpecDocument = { template: templateId, version: documentVersion, fields, additional };
  if (read.extraFrontMatter) doc.extraFrontMatter = read.extraFrontMatter;
  doc.origin = {
    source,
    fields: structuredClone(fields),
    additional: { ...additional },
    ...(doc.extraFrontMatter ? { extraFrontMatter: structuredClone(doc.extraFrontMatter) } : {}),
    placeholders: placeholderPaths(asRead, fields),
    footer: footerMatched,
  };
  const report: ImportReport = {
    recognized: recognizedFields(template, fields),
    additional: Object.entries(additional).map(([anchor, markdown]) => summarize(anchor, markdown)),
    warnings: read.warnings,
  };
  return { doc, report };
}

// ---------------------------------------------------------------------------------------------------------------
// Placeholders: what the writer writes for an empty field reads back as empty.

/** Only bracketed placeholders (`[DATE]`, `$ARGUMENTS`) are cleared: `Draft`, `P1` or `Must` are real values too. */
function isPlaceholderText(placeholder: string): boolean {
  return /[[$]/.test(placeholder);
}

/**
 * True when a value read back is the (literal) placeholder: values are Markdown, so a placeholder with characters
 * the serializer escapes reads as its escaped form.
 */
function isPlaceholderValue(value: unknown, placeholder: string): boolean {
  if (!isPlaceholderText(placeholder) || typeof value !== 'string') return false;
  return value === placeholder || value === escapedPlaceholder(placeholder);
}

// Why: every value of a spec is compared with its field's placeholder, and a template has few placeholders.
const escaped = new Map<string, string>();

function escapedPlaceholder(placeholder: string): string {
  let value = escaped.get(placeholder);
  if (value === undefined) {
    if (escaped.size > 1000) escaped.clear();
    value = literalToValue(placeholder);
    escaped.set(placeholder, value);
  }
  return value;
}

function clearPlaceholders(
  fields: readonly Field[],
  values: Record<string, FieldValue>,
  overrides: Readonly<Record<string, string>> | undefined,
  n: number,
  idField?: string,
): void {
  for (const field of fields) {
    if (field.id === idField) continue;
    const cleared = kindOf(field).clearPlaceholders(field, values[field.id], {
      placeholder: resolvePlaceholder(overrides?.[field.id] ?? field.placeholder, n),
      isPlaceholder: isPlaceholderValue,
      isMarkdownPlaceholder: (value, placeholder) =>
        typeof value === 'string' &&
        isPlaceholderText(placeholder) &&
        isMarkdownPlaceholder(value, placeholder),
      clearItem: (group, item, index) =>
        clearPlaceholders(
          itemFields(group, index),
          item,
          group.initialItems[index]?.placeholders,
          index + 1,
          group.idField?.field,
        ),
    });
    if (cleared !== undefined) values[field.id] = cleared;
  }
}

function isMarkdownPlaceholder(value: string, placeholder: string): boolean {
  if (value.trim() === placeholder) return true;
  // Why: parsing every Markdown value of a spec to compare it was half the time of reading one. A value that lacks
  // one of the placeholder's words cannot read as it: Markdown never escapes letters or digits (only a character
  // reference such as `&#65;` could hide one, and no placeholder is written that way).
  const words = placeholder.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.every((word) => value.includes(word))) return false;
  const tree = parseMarkdownFragment(value);
  const [only] = tree.children;
  return (
    tree.children.length === 1 &&
    only?.type === 'paragraph' &&
    plainText(only.children).trim() === placeholder
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Footer

/**
 * The footers the writer would write for these values: with placeholders, and with empty fields left out (a line
 * whose fields are all empty is dropped).
 */
function footerVariants(
  lines: readonly (readonly Segment[])[],
  template: TemplateDescription,
  fields: Record<string, FieldValue>,
): string[][] {
  const render = (line: readonly Segment[], withPlaceholders: boolean): string | undefined => {
    let refs = 0;
    let filled = 0;
    const text = line
      .map((segment) => {
        if (segment.type === 'text') return segment.value;
        if (segment.type !== 'field') return '';
        refs += 1;
        const value = fields[segment.field];
        if (typeof value === 'string' && value.trim() !== '') {
          filled += 1;
          // The footer is compared as plain text: a value's Markdown marks are not in it.
          return valueText(value);
        }
        if (!withPlaceholders) return '';
        const field = template.fields.find((f) => f.id === segment.field);
        return segment.placeholder ?? field?.placeholder ?? '';
      })
      .join('')
      .trim();
    return !withPlaceholders && refs > 0 && filled === 0 ? undefined : text;
  };
  return [true, false].map((withPlaceholders) =>
    lines
      .map((line) => render(line, withPlaceholders))
      .filter((t): t is string => t !== undefined && t !== ''),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Report

function recognizedFields(
  template: TemplateDescription,
  fields: Record<string, FieldValue>,
): RecognizedField[] {
  const out: RecognizedField[] = [];
  for (const field of template.fields) {
    const value = fields[field.id];
    if (typeof value === 'string') {
      if (value.trim() !== '') out.push({ fieldId: field.id, label: field.label });
    } else if (Array.isArray(value) && value.length > 0) {
      out.push({ fieldId: field.id, label: field.label, count: value.length });
    }
  }
  return out;
}

function summarize(anchor: string, markdown: string): AdditionalContent {
  const tree = parseMarkdownFragment(markdown);
  const heading = tree.children.find((n) => n.type === 'heading');
  const first = heading ?? tree.children[0];
  const text = first ? serializeText(first) : markdown;
  const words = text.replace(/\s+/g, ' ').trim();
  return { anchor, summary: words.length > 80 ? `${words.slice(0, 77)}…` : words };
}

function serializeText(node: Parameters<typeof serialize>[0]['children'][number]): string {
  return 'children' in node && node.type === 'heading'
    ? plainText(node.children)
    : serialize({ type: 'root', children: [node] });
}
