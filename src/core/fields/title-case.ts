/** "user story" -> "User Story": how the spec checks name an item ("Success Criterion 2"). */
export function titleCase(text: string): string {
  return text.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
