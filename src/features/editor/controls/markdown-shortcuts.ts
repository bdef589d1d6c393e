/** What Ctrl+B, Ctrl+I, Ctrl+E and Ctrl+K put around the selection (or the word typed next). */
const marks: Record<string, { before: string; after: string; empty: string }> = {
  b: { before: '**', after: '**', empty: 'bold text' },
  i: { before: '_', after: '_', empty: 'italic text' },
  e: { before: '`', after: '`', empty: 'code' },
  k: { before: '[', after: '](https://)', empty: 'link text' },
};

/**
 * The usual Markdown shortcuts in a textarea: Ctrl+B bold, Ctrl+I italic, Ctrl+E code, Ctrl+K link (Cmd on a Mac).
 * The marks are typed into the text as the user would type them (the field holds Markdown source; the writer parses
 * it), through `insertText`, so the browser's own undo and the form's input event both see an ordinary edit.
 */
export function applyMarkdownShortcut(event: React.KeyboardEvent<HTMLTextAreaElement>): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
  const mark = marks[event.key.toLowerCase()];
  if (!mark) return;
  event.preventDefault();
  const box = event.currentTarget;
  const { selectionStart: start, selectionEnd: end } = box;
  const selected = box.value.slice(start, end) || mark.empty;
  document.execCommand('insertText', false, `${mark.before}${selected}${mark.after}`);
  // The words stay selected, ready to be typed over (a link selects its address instead).
  if (event.key.toLowerCase() === 'k') {
    const at = start + mark.before.length + selected.length + 2;
    box.setSelectionRange(at, at + 'https://'.length);
  } else {
    box.setSelectionRange(start + mark.before.length, start + mark.before.length + selected.length);
  }
}
