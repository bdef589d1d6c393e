/** The DOM id of the control editing `path` (`fields.userStories.0.title` -> `f-fields-userStories-0-title`). */
export function fieldDomId(path: string): string {
  return `f-${path.replaceAll('.', '-')}`;
}

/** "user story" -> "User story". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What an item is called in accessible names: "user story 2". */
export function itemLabel(itemName: string, index: number): string {
  return `${itemName} ${index + 1}`;
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
