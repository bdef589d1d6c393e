import { z } from 'zod';
import { isBlank, stringValue } from '../../document/field-values';
import type { FieldValue } from '../../document/spec-document';
import type { ChoiceField, CodeField, DateField, MarkdownField, TextField } from '../../template/types';
import type { FieldChecking, PlaceholderClearing, Searching, UnitCollecting } from '../field-kind-module';

/** The kinds whose value is one string (a line, Markdown, a picked option, a date, code). */
export type StringField = TextField | MarkdownField | ChoiceField | DateField | CodeField;

/** The value schema every string kind shares. */
export function stringSchema(): z.ZodType<FieldValue> {
  return z.string();
}

/** A string kind's emptiness: nothing but whitespace. */
export function isEmptyString(_field: StringField, value: FieldValue | undefined): boolean {
  return isBlank(stringValue(value));
}

/**
 * The check every string kind shares: a required value left empty. Returns the trimmed text when there is one,
 * for the kind's own format checks.
 */
export function checkRequiredString(
  field: StringField,
  value: FieldValue | undefined,
  checking: FieldChecking,
): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text) return text;
  if (field.required && checking.enforceRequired) checking.add('required', `${field.label} is required.`);
  return undefined;
}

/** A one-line value that is only the template's placeholder reads as empty. */
export function clearLinePlaceholder(
  _field: StringField,
  value: FieldValue | undefined,
  clearing: PlaceholderClearing,
): FieldValue | undefined {
  return clearing.isPlaceholder(value, clearing.placeholder) ? '' : value;
}

/** Prose the rules read, unless it is still the template's default content. */
export function collectProse(
  field: TextField | MarkdownField | DateField,
  value: FieldValue | undefined,
  collecting: UnitCollecting,
): void {
  if (typeof value !== 'string' || !value.trim()) return;
  if (collecting.top && 'defaultValue' in field && value === field.defaultValue) return;
  collecting.text({
    path: collecting.path,
    subject: collecting.subject,
    field: collecting.label,
    role: field.role,
    text: value,
  });
}

/** A string value is found under its field's label. */
export function searchString(field: StringField, value: FieldValue | undefined, searching: Searching): void {
  searching.push(searching.path, [...searching.where, field.label], value);
}
