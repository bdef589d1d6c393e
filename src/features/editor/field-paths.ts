/** The DOM id of the control editing `path` (`fields.userStories.0.title` -> `f-fields-userStories-0-title`). */
export function fieldDomId(path: string): string {
  return `f-${path.replaceAll('.', '-')}`;
}

/** "user story" -> "User story". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What an item is called in headings, accessible names and messages: by its own number when it has one ("user
 * story 3" stays story 3 wherever it is moved), else by its place ("functional requirement 2").
 */
export function itemLabel(itemName: string, index: number, ownNumber?: string): string {
  const own = ownNumber?.trim();
  return `${itemName} ${own && /^\d+$/.test(own) ? own : index + 1}`;
}

/**
 * Whether a block of the template's guidance is a note to the template's maintainers (`<!-- ACTION REQUIRED: ...`,
 * `<!-- IMPORTANT: ...`) rather than help for the person writing the spec.
 */
export function isMaintainerNote(markdown: string): boolean {
  const text = markdown.trim();
  if (!text.startsWith('<!--')) return false;
  const first = text.slice(4).trimStart().toUpperCase();
  return first.startsWith('ACTION REQUIRED') || first.startsWith('IMPORTANT');
}

/** The template's guidance Markdown as help text: HTML comment markers removed, indentation evened out. */
export function guidanceText(markdown: string): string {
  const text = markdown.replace(/<!--/g, '').replace(/-->/g, '');
  const lines = text.split('\n');
  const indents = lines.filter((line) => line.trim()).map((line) => /^\s*/.exec(line)?.[0].length ?? 0);
  const indent = indents.length ? Math.min(...indents) : 0;
  return lines
    .map((line) => line.slice(indent).trimEnd())
    .join('\n')
    .trim();
}
