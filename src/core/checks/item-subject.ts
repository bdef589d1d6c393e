import { titleCase } from '../fields/title-case';
import type { IdScheme } from '../template/types';

/** "FR-006" when the ID carries its prefix, "User Story 2" when it is a bare number, else the item's position. */
export function itemSubject(
  itemName: string,
  scheme: IdScheme | undefined,
  id: string,
  index: number,
): string {
  if (id && scheme?.prefix) return id;
  return `${titleCase(itemName)} ${id || index + 1}`;
}
