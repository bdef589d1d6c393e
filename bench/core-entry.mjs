// Bench-only entry: the pure core, bundled for the benchmark page (and Node), so the benchmark generates documents
// and times the Markdown writer and reader with the same code the app ships. The writer and reader are picked up
// with a glob, so the bundle still builds (and the benchmark reports "n/a") while they do not exist yet.
import { createDocument, getTemplate, specDocumentSchema, templates } from '../src/core';
import { documentSizes, generateDocument } from '../src/core/sample/generate-document';

const markdownModules = import.meta.glob(
  [
    '../src/core/markdown/write-markdown.ts',
    '../src/core/markdown/read-markdown.ts',
    '../src/core/import/import-markdown.ts',
    '../src/core/markdown/processor.ts',
  ],
  { eager: true },
);
const writer = markdownModules['../src/core/markdown/write-markdown.ts'];
const reader = markdownModules['../src/core/markdown/read-markdown.ts'];
const importer = markdownModules['../src/core/import/import-markdown.ts'];
const processor = markdownModules['../src/core/markdown/processor.ts'];

/** `writeMarkdown(doc, options?)`, or undefined while the writer does not exist. */
export const writeMarkdown = writer?.writeMarkdown;
/** `readMarkdown(markdown, templateId)`, or undefined while the reader does not exist. */
export const readMarkdown = reader?.readMarkdown;
/** `importText(text, template?)`: what opening pasted text runs (checks, template detection, reader, schema). */
export const importText = importer?.importText;
/** `parseMarkdown(markdown)`: remark alone (CommonMark + GFM + front matter), what opening is compared with. */
export const parseMarkdown = processor?.parseMarkdown;

export { createDocument, documentSizes, generateDocument, getTemplate, specDocumentSchema, templates };
