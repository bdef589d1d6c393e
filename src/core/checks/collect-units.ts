import type { FieldValue, GroupItem, SpecDocument } from '../document/spec-document';
import { kindOf } from '../fields/field-kinds';
import { titleCase } from '../fields/title-case';
import type {
  Field,
  FieldRole,
  GroupField,
  IdScheme,
  TableField,
  TemplateDescription,
} from '../template/types';

/** One piece of text a rule may read, with where it is and what it means. */
export interface TextUnit {
  /** Dotted form path of the value. */
  path: string;
  /** The top-level field it belongs to. */
  fieldId: string;
  /** The item it is in, by its ID ("FR-006", "User Story 2"), or the field's label for a field of its own. */
  subject: string;
  /** The field's label inside the item; empty for a field of its own. */
  field: string;
  role?: FieldRole;
  /** The value as written (Markdown or literal text). */
  text: string;
  /** For an ID: its numbering, and where its sequence lives (one per list or table). */
  id?: { scheme: IdScheme; sequence: string };
}

/** An item of a repeatable group that has a role (a user story, an acceptance scenario). */
export interface ItemUnit {
  path: string;
  fieldId: string;
  subject: string;
  role: FieldRole;
  group: GroupField;
  item: GroupItem;
}

/** What the rules read in a document. */
export interface DocumentUnits {
  texts: TextUnit[];
  items: ItemUnit[];
  /** Both, in document order (an item before its texts). */
  ordered: ({ kind: 'text'; unit: TextUnit } | { kind: 'item'; unit: ItemUnit })[];
}

/**
 * Every text value of a document and every item with a role, in document order. Items still untouched (nothing
 * but their ID or preset choices) and values still equal to the template's default content are left out: they
 * are the template's own words, not the author's.
 */
export function collectUnits(template: TemplateDescription, doc: SpecDocument): DocumentUnits {
  const units: DocumentUnits = { texts: [], items: [], ordered: [] };
  for (const field of template.fields) {
    const walker = new Walker(units, field.id);
    walker.field(field, doc.fields?.[field.id], `fields.${field.id}`, field.label, '', true);
  }
  return units;
}

class Walker {
  constructor(
    private readonly units: DocumentUnits,
    private readonly fieldId: string,
  ) {}

  field(
    field: Field,
    value: FieldValue | undefined,
    path: string,
    subject: string,
    label: string,
    top: boolean,
  ) {
    kindOf(field).collect(field, value, {
      path,
      subject,
      label,
      top,
      text: (unit) => this.text(unit),
      table: (table, rows) => this.table(table, rows, path),
      group: (group, items) => this.group(group, items, path, top ? '' : subject),
    });
  }

  private table(field: TableField, value: FieldValue | undefined, path: string) {
    const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
    const free = field.columns.filter((column) => !column.id && !column.options);
    const idColumn = field.columns.find((column) => column.id);
    rows.forEach((row, index) => {
      if (!row || !free.some((column) => hasText(row[column.key]))) return;
      const id = idColumn ? stringOf(row[idColumn.key]) : '';
      const subject = itemSubject(field.itemName, idColumn?.id, id, index);
      for (const column of field.columns) {
        const text = stringOf(row[column.key]);
        if (!text || column.options) continue;
        this.text({
          path: `${path}.${index}.${column.key}`,
          subject,
          field: column.label,
          role: column.role,
          text,
          id: column.id ? { scheme: column.id, sequence: `${path}.${column.key}` } : undefined,
        });
      }
    });
  }

  private group(group: GroupField, value: FieldValue | undefined, path: string, parent: string) {
    const items = Array.isArray(value) ? (value as GroupItem[]) : [];
    items.forEach((item, index) => {
      if (!item || !isStarted(group, item)) return;
      const idKey = group.idField?.field;
      const id = idKey ? stringOf(item[idKey]) : '';
      const subject = parent
        ? `${parent}, ${group.itemName} ${index + 1}`
        : itemSubject(group.itemName, group.idField?.scheme, id, index);
      const at = `${path}.${index}`;
      if (group.role) {
        const unit: ItemUnit = { path: at, fieldId: this.fieldId, subject, role: group.role, group, item };
        this.units.items.push(unit);
        this.units.ordered.push({ kind: 'item', unit });
      }
      for (const inner of group.fields) {
        const innerPath = `${at}.${inner.id}`;
        if (inner.id === idKey && group.idField) {
          if (id)
            this.text({
              path: innerPath,
              subject,
              field: inner.label,
              role: inner.role,
              text: id,
              id: { scheme: group.idField.scheme, sequence: `${path}.${idKey}` },
            });
          continue;
        }
        this.field(inner, item[inner.id], innerPath, subject, inner.label, false);
      }
    });
  }

  private text(fields: Omit<TextUnit, 'fieldId'>) {
    const unit: TextUnit = { ...fields, fieldId: this.fieldId };
    this.units.texts.push(unit);
    this.units.ordered.push({ kind: 'text', unit });
  }
}

/** "FR-006" when the ID carries its prefix, "User Story 2" when it is a bare number, else the item's position. */
function itemSubject(itemName: string, scheme: IdScheme | undefined, id: string, index: number): string {
  if (id && scheme?.prefix) return id;
  return `${titleCase(itemName)} ${id || index + 1}`;
}

/** An item is started when one of its own free-text fields (not its ID, not a choice) holds something. */
function isStarted(group: GroupField, item: GroupItem): boolean {
  return group.fields.some((field) => {
    if (field.id === group.idField?.field || field.kind === 'choice') return false;
    return hasText(item[field.id]);
  });
}

function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasText);
  if (value && typeof value === 'object') return Object.values(value).some(hasText);
  return false;
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
