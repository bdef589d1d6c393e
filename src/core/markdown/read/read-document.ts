import type { Root, RootContent } from 'mdast';
import { emptyValue } from '../../document/create-document';
import type { TemplateDescription } from '../../template/types';
import { parseMarkdown } from '../processor';
import { AdditionalContent } from './additional-content';
import { outline } from './outline';
import { placeRegions } from './place-regions';
import type { ReadingState } from './reading-state';
import { indexTemplate } from './template-index';
import { tokenize } from './tokens';

/** What reading a document into a template gives, before placeholders are cleared and the footer is checked. */
export interface DocumentRead extends ReadingState {
  /** The document's last block when it has the footer's form: its lines, and its Markdown to keep if they differ. */
  footer?: { lines: string[]; markdown: string };
}

/**
 * Reads Markdown into the fields of a template, in three stages: `tokenize` (the footer set apart, the template's
 * guidance recognized), `outline` (each heading matched to the template: the regions of the document) and
 * `placeRegions` (each region's blocks placed in its fields, the rest kept as additional content). Every block is
 * either mapped to a field, recognized as the template's own text, or kept verbatim.
 */
export function readDocument(
  template: TemplateDescription,
  source: string,
  /** The source parsed already (by template detection), so that opening a file parses it once. */
  parsed?: Root,
): DocumentRead {
  const nodes: readonly RootContent[] = (parsed ?? parseMarkdown(source)).children;
  const index = indexTemplate(template);
  const tokens = tokenize(index, template, nodes);
  const regions = outline(index, tokens, nodes);
  const fields = Object.fromEntries(template.fields.map((field) => [field.id, emptyValue(field)]));
  const state = placeRegions(
    {
      template,
      index,
      source,
      nodes,
      end: tokens.end,
      fields,
      used: new Set(),
      additional: new AdditionalContent(source),
      warnings: [],
      scope: undefined,
      anchor: 'start',
    },
    regions,
  );
  const last = nodes[nodes.length - 1];
  return tokens.footerLines && last?.position
    ? {
        ...state,
        footer: {
          lines: tokens.footerLines,
          markdown: source.slice(last.position.start.offset!, last.position.end.offset!),
        },
      }
    : state;
}
