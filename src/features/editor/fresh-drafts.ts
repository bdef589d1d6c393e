// Drafts created on this page a moment ago, not yet shown: their editor puts the cursor in the first field. A
// draft opened again later (a reload, a bookmark) keeps the page's usual focus.
const fresh = new Set<string>();

/** Marks a draft as just created. */
export function markFreshDraft(id: string): void {
  fresh.add(id);
}

/** Whether a draft was just created; true once only. */
export function takeFreshDraft(id: string): boolean {
  return fresh.delete(id);
}
