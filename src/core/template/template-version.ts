import type { SpecDocument } from '../document/spec-document';
import type { TemplateDescription, TemplateVersion } from './types';

/** A document opened under another version of its template than the one it recorded. */
export interface TemplateVersionChange {
  from: TemplateVersion;
  to: TemplateVersion;
  /** Both are numbers and the recorded one is lower (a hash says only that it differs). */
  older: boolean;
}

/**
 * A validated document (so already fitted to its template as it is now, see `fitToTemplate`) with the template's
 * current version recorded, and the change when it had recorded another, for the editor to say so. The same
 * document when there is nothing to record. A document from before versions gets the current one, with no change
 * reported: nothing says which version it was made with.
 */
export function recordTemplateVersion(
  doc: SpecDocument,
  template: Pick<TemplateDescription, 'version'>,
): { doc: SpecDocument; change?: TemplateVersionChange } {
  const from = doc.templateVersion;
  const to = template.version;
  if (to === undefined || from === to) return { doc };
  const recorded = { ...doc, templateVersion: to };
  if (from === undefined) return { doc: recorded };
  return {
    doc: recorded,
    change: { from, to, older: typeof from === 'number' && typeof to === 'number' && from < to },
  };
}
