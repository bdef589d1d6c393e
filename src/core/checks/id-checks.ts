import type { IdScheme } from '../template/types';
import type { DocumentIssue } from './check-document';

/** The message of an id that is not of its scheme's form. */
export function idFormatMessage(scheme: IdScheme): string {
  const example = `${scheme.prefix}${'1'.padStart(scheme.digits, '0')}`;
  return scheme.prefix
    ? `Use the form ${example}: ${scheme.prefix} then ${scheme.digits > 1 ? `${scheme.digits} digits` : 'a number'}.`
    : 'Use a number.';
}

/** Reports every id used more than once in one sequence (a table's id column, a group's items), at each use. */
export function flagDuplicates(
  report: (issue: Omit<DocumentIssue, 'fieldId'>) => void,
  ids: readonly string[],
  pathOf: (index: number) => string,
  whereOf: (index: number) => string,
): void {
  const seen = new Map<string, number[]>();
  ids.forEach((id, index) => {
    if (!id) return;
    seen.set(id, [...(seen.get(id) ?? []), index]);
  });
  for (const [id, indexes] of seen) {
    if (indexes.length < 2) continue;
    for (const index of indexes) {
      report({
        path: pathOf(index),
        code: 'duplicateId',
        severity: 'error',
        message: `${id} is used ${indexes.length} times: each ID must be unique.`,
        where: whereOf(index),
      });
    }
  }
}

/** True when a value holds text anywhere (a string, or items and cells of one). */
export function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasText);
  if (value && typeof value === 'object') return Object.values(value).some(hasText);
  return false;
}

/** A value's text, trimmed; empty for anything not a string. */
export function trimmedText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
