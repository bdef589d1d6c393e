/** The editor's address for a draft: its first step (every template's first step is `header`). */
export function editorHref(id: string): string {
  return `#/edit/${encodeURIComponent(id)}/header`;
}
