import type { Draft } from '../lib/document-store';

// Apart from the editor page, so that the route's loader can ask without loading the editor (the route's
// component, and with it the editor, is split out of the first page's scripts).

/** The drafts an editor is open on, as loaded when it opened. */
export const editing = new Map<string, Draft>();

/**
 * The draft an editor is open on, if one is: another section of it reuses what was loaded (reading and validating
 * a large draft again on every section switch cost more than the switch, and the editor follows its live
 * document, not this).
 */
export function openDraft(id: string): Draft | undefined {
  return editing.get(id);
}
