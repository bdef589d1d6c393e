import type { IdScheme } from '../template/types';

/** `ID FR-###` for FR-001, `ID TC-#` for TC-1; plain numbers (User Story 1) are just "numbered". */
export function idInWords(scheme: IdScheme): string {
  if (scheme.prefix === '') return 'numbered';
  return `ID ${scheme.prefix}${'#'.repeat(Math.max(1, scheme.digits))}`;
}
