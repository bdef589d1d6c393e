import type { SpecDocument } from '../document/spec-document';
import { specDocumentSchema } from '../document/spec-document';
import { detectTemplate, type TemplateDetection } from '../markdown/detect-template';
import { parseMarkdown } from '../markdown/processor';
import { readMarkdown } from '../markdown/read-markdown';
import type { TemplateDescription, TemplateId } from '../template/types';
import { carryTemplate, getTemplate, isBuiltInTemplate } from '../templates';
import { checkImportInput, type ImportFile, normalizeText } from './check-import-input';
import type { ImportReport } from './import-report';

/** The outcome of opening a file or pasted text. */
export type ImportOutcome =
  /** The input cannot be opened: the message says what is wrong and what to do. */
  | { status: 'error'; message: string }
  /** The template is not clear: ask the user, with `detection.template` preselected. */
  | {
      status: 'choose-template';
      text: string;
      /** The text exactly as given (see `ImportInputResult`), handed back with the template chosen. */
      source: string;
      detection: TemplateDetection;
      message: string;
    }
  | { status: 'opened'; doc: SpecDocument; report: ImportReport; detection?: TemplateDetection };

/**
 * Opens a file or pasted text: checks the input, detects the template (unless the user chose one), reads it and
 * validates the document with the template's schema. The caller's current document is never touched: it only
 * replaces it on `opened`. `offered` are the templates on offer to detect and read it with (the app's registry:
 * a user's and a team's too, which a worker would not know otherwise); by default, the hand-described ones.
 */
export function importMarkdown(
  input: ImportFile | string,
  chosen?: TemplateId,
  offered?: readonly TemplateDescription[],
): ImportOutcome {
  const checked = checkImportInput(input);
  if (!checked.ok) return { status: 'error', message: checked.message };
  return importText(checked.text, chosen, checked.source, offered);
}

/** The same as `importMarkdown`, for text already checked (after the template choice dialog). */
export function importText(
  text: string,
  chosen?: TemplateId,
  source: string = text,
  offered?: readonly TemplateDescription[],
): ImportOutcome {
  // Known for reading (the reader and the schema resolve ids), not offered: a no-op for the ones known already.
  for (const template of offered ?? []) carryTemplate(template);
  let detection: TemplateDetection | undefined;
  // Parsed once, for detection and reading: parsing is most of the time opening a big file takes.
  const tree = parseMarkdown(normalizeText(text));
  if (!chosen) {
    detection = detectTemplate(text, tree, offered);
    if (detection.confidence === 'none') {
      return {
        status: 'choose-template',
        text,
        source,
        detection,
        message:
          'This does not look like a specification: it has none of the headings, header lines or front matter of a Technical or Feature Specification. Choose a template to open it anyway (everything the template has no field for is kept as additional content), or open another file.',
      };
    }
    if (detection.confidence === 'weak') {
      return {
        status: 'choose-template',
        text,
        source,
        detection,
        message: `This looks most like a ${getTemplate(detection.template).name}, but the evidence is weak (${detection.evidence.join('; ')}). Choose the template to open it with.`,
      };
    }
  }
  const templateId = chosen ?? detection!.template;
  try {
    const { doc, report } = readMarkdown(text, templateId, { source, tree });
    // As a document made from it: it keeps opening when that template changes or goes (see `createDocument`).
    if (!isBuiltInTemplate(templateId)) doc.templateCopy ??= getTemplate(templateId);
    const parsed = specDocumentSchema(getTemplate(templateId)).safeParse(doc);
    if (!parsed.success) {
      return {
        status: 'error',
        message: `The document could not be read into the form (${parsed.error.message}). Please report this file.`,
      };
    }
    return { status: 'opened', doc, report, ...(detection ? { detection } : {}) };
  } catch (error) {
    return {
      status: 'error',
      message: `The document could not be read (${error instanceof Error ? error.message : String(error)}). Your current document was not changed. Please report this file.`,
    };
  }
}
