/** An item by its place, as the form names it: "Functional requirement 2" (1-based, first letter capitalized). */
export function itemLabel(itemName: string, index: number): string {
  return capitalize(`${itemName} ${index + 1}`);
}

/** "user story" -> "User story". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
