import type { FieldValue, GroupItem, SpecDocument } from '../document/spec-document';
import { kindOf } from '../fields/field-kinds';
import type { Field, FieldRole, GroupField, IdScheme, TemplateDescription } from '../template/types';

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
      item: (unit) => {
        const full: ItemUnit = { ...unit, fieldId: this.fieldId };
        this.units.items.push(full);
        this.units.ordered.push({ kind: 'item', unit: full });
      },
      field: (inner, innerValue, innerPath, innerSubject, innerLabel) =>
        this.field(inner, innerValue, innerPath, innerSubject, innerLabel, false),
    });
  }

  private text(fields: Omit<TextUnit, 'fieldId'>) {
    const unit: TextUnit = { ...fields, fieldId: this.fieldId };
    this.units.texts.push(unit);
    this.units.ordered.push({ kind: 'text', unit });
  }
}
