/**
 * The declarative description of a template. One description per template drives the form, the Markdown writer
 * and the Markdown reader; nothing else in the code base restates a template's structure.
 *
 * A description has two halves:
 * - `fields`: what the user fills in (kind, label, placeholder, guidance, required), keyed by a stable id;
 * - `sections` -> `blocks`: where those fields and the template's own text sit in the Markdown, in order.
 */

/** A template's id: any lower-case slug; the templates on offer come from a registry (see `registry.ts`). */
export type TemplateId = string;

/**
 * Which version of a template a description is: a number in a shipped one (raised when it changes), a hash of the
 * Markdown for a compiled user or team template. A document records the version it was made with.
 */
export type TemplateVersion = number | string;

/**
 * Where a piece of template text belongs.
 * - structure: always written (headings, labels, table headers).
 * - guidance: help for the author; shown in the form, written only with "Include template guidance".
 */
export type TextRole = 'structure' | 'guidance';

// ---------------------------------------------------------------------------------------------------------------
// Fields

/**
 * What a field means to a reviewer, whatever the template calls it: spec checks apply their rules by role, never by
 * template or field id, so a new template gets them by tagging its fields.
 */
export type FieldRole =
  | 'requirement'
  | 'success-criterion'
  | 'user-story'
  | 'acceptance-scenario'
  | 'scenario-given'
  | 'scenario-when'
  | 'scenario-then'
  | 'story-why'
  | 'story-test'
  | 'id';

/** What every field has, whatever its kind. */
interface FieldBase {
  /** Stable id, unique inside its template (or inside its group), a valid JS identifier (used in form paths). */
  id: string;
  /** Label in the template's own words. */
  label: string;
  /** The template's placeholder, written when the field is empty. `{n}` stands for the 1-based item number. */
  placeholder: string;
  /** Help shown beside the field (plain text, may be several sentences). */
  guidance?: string;
  /** A required field left empty is a validation error (the draft can still be exported). */
  required: boolean;
  /** Other labels real documents use for this field, matched by meaning when reading. */
  aliases?: readonly string[];
  /** What the field is for spec checks (a requirement, a story's "Why this priority" ...). */
  role?: FieldRole;
}

/** One line of literal text. Never interpreted as Markdown: `*`, `#`, `|` come back as typed. */
export interface TextField extends FieldBase {
  kind: 'text';
  /** Pre-filled value of a new document (default content). */
  defaultValue?: string;
  /** A format the value must have, for validation only (the reader keeps whatever is written). */
  pattern?: { regex: string; message: string };
}

/** Multi-line Markdown (prose, lists, code...), written as the blocks it parses into. */
export interface MarkdownField extends FieldBase {
  kind: 'markdown';
  /** Pre-filled value of a new document: a team's policy text, for example. */
  defaultValue?: string;
}

/** A value picked from the template's options; any other typed value is still accepted. */
export interface ChoiceField extends FieldBase {
  kind: 'choice';
  options: readonly string[];
  defaultValue?: string;
}

/** A date, written as the user wrote it; `YYYY-MM-DD` is what the form's date picker produces. */
export interface DateField extends FieldBase {
  kind: 'date';
  /** When true, a value that is not YYYY-MM-DD is a validation error. */
  iso?: boolean;
}

/** Multi-line literal text written as a fenced code block (an ASCII diagram, say). */
export interface CodeField extends FieldBase {
  kind: 'code';
  defaultValue?: string;
}

/** A bullet list of one-line literal items. */
export interface ListField extends FieldBase {
  kind: 'list';
  /** What one item is called in the UI ("goal" -> "Add goal", "Remove goal 2"). */
  itemName: string;
  /** Per-item placeholders of a new document; its length is the number of items a new document has. */
  initialItems: readonly { placeholder: string }[];
}

/** A GFM task list: text plus checked. */
export interface ChecklistField extends FieldBase {
  kind: 'checklist';
  itemName: string;
  initialItems: readonly { placeholder: string }[];
}

/** One column of a table. Cells are one-line literal text (line breaks are written as `<br>`). */
export interface TableColumn {
  /** Key of the cell in a row value; never `id` (react-hook-form reserves it in field arrays). */
  key: string;
  /** Header text, as the template writes it. */
  label: string;
  placeholder: string;
  required: boolean;
  /** Options offered for the cell (priorities, say); typing anything else is still allowed. */
  options?: readonly string[];
  /**
   * An identifier column: assigned as the template numbers it when a row is added (`prefix` + number padded to
   * `digits`), editable, checked for duplicates, never renumbered.
   */
  id?: IdScheme;
  aliases?: readonly string[];
  /** What the column's cells are for spec checks. */
  role?: FieldRole;
}

/** How a table, list or group numbers its items. */
export interface IdScheme {
  prefix: string;
  /** Zero-padded width of the number: 3 for FR-001, 1 for TC-1. */
  digits: number;
  /** For validation: what a well-formed id looks like (the reader keeps any id as written). */
  regex: string;
}

export interface TableField extends FieldBase {
  kind: 'table';
  itemName: string;
  columns: readonly TableColumn[];
  /** Rows of a new document: per-cell placeholders (`{n}` allowed) and pre-filled values. */
  initialItems: readonly { placeholders?: Record<string, string>; values?: Record<string, string> }[];
}

/**
 * A repeatable group: each item holds its own fields (a user story holds a title, a priority, prose, and its own
 * repeatable acceptance scenarios). `layout` says how one item is written.
 */
export interface GroupField extends FieldBase {
  kind: 'group';
  itemName: string;
  /** The fields of one item. Nested group fields are allowed (acceptance scenarios inside a user story). */
  fields: readonly Field[];
  /** The id-bearing field of an item, if any (FR-001, User Story 1). */
  idField?: { field: string; scheme: IdScheme };
  /** The field an item collapses to in the form ("User Story 2: Upload a file"). */
  titleField?: string;
  /** How one item is written, as blocks relative to the item (field refs resolve inside the item). */
  layout: GroupLayout;
  /**
   * Items of a new document: per-field placeholder overrides, pre-filled values, how many items each nested
   * group starts with (the template's first user story has two acceptance scenarios), and the item's own initial
   * items of a nested list or checklist (the second category's `CHK004`, `CHK005` ...; see `itemFields`).
   */
  initialItems: readonly {
    placeholders?: Record<string, string>;
    values?: Record<string, string>;
    counts?: Record<string, number>;
    items?: Record<string, readonly { placeholder: string }[]>;
  }[];
  /** At least this many items (a user story needs an acceptance scenario). */
  minItems?: number;
  /**
   * The fixed fields an earlier version of the template had where this group now is, one record per item (item
   * field id -> the former top-level field's id): a draft made then opens with them as items (see `fitToTemplate`).
   */
  formerly?: readonly Readonly<Record<string, string>>[];
}

/** Every kind of field. */
export type Field =
  | TextField
  | MarkdownField
  | ChoiceField
  | DateField
  | CodeField
  | ListField
  | ChecklistField
  | TableField
  | GroupField;

export type FieldKind = Field['kind'];

// ---------------------------------------------------------------------------------------------------------------
// Inline patterns: headings, labelled lines and list items made of template text and field values.

/**
 * A piece of one line of Markdown. Template text is structure; a `field` segment is replaced by the field's value
 * (literal text) or, when it is empty, by its placeholder.
 */
export type Segment =
  | { type: 'text'; value: string }
  /** A field's value; `placeholder` overrides the field's own (the technical spec's footer has its own). */
  | { type: 'field'; field: string; placeholder?: string }
  | { type: 'strong'; children: readonly Segment[] }
  | { type: 'emphasis'; children: readonly Segment[] }
  | { type: 'inlineCode'; field: string }
  /** A hard line break (two trailing spaces in the template). */
  | { type: 'break' };

// ---------------------------------------------------------------------------------------------------------------
// Blocks: the order of things in the Markdown.

export type Block =
  /** A heading of template text and field values. */
  | { type: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; content: readonly Segment[]; role?: TextRole }
  /** A paragraph of template text and field values (labelled header lines, "**Why this priority**: ..."). */
  | { type: 'paragraph'; content: readonly Segment[]; role?: TextRole }
  /** A block-level field: markdown, code, list, checklist, table or a repeatable group. */
  | { type: 'field'; field: string }
  /**
   * Template-owned Markdown (HTML comments, instructions, worked examples), parsed with remark when written.
   * Guidance unless `role` says structure.
   */
  | { type: 'markdown'; markdown: string; role?: TextRole }
  /** `---` */
  | { type: 'thematicBreak' }
  /** A subsection: a heading and its blocks. */
  | Subsection;

export interface Subsection {
  type: 'subsection';
  /** Stable id (anchor for additional content, form navigation). */
  id: string;
  depth: 2 | 3 | 4;
  /** Heading text as the template writes it, without its number. */
  title: string;
  /** Section number written before the title (`1.`, `3.1`); real documents renumber, so it is matched loosely. */
  number?: string;
  /** Text after the title in emphasis, e.g. `(mandatory)` written as `*(mandatory)*`. */
  note?: { text: string; style: 'emphasis' | 'plain' };
  /** A required subsection keeps its heading even when "Empty fields: Leave out" removes its empty content. */
  required: boolean;
  aliases?: readonly string[];
  /**
   * A title with a placeholder in it (`Contributing Factor 1: [Name]`): the one-line field written in its place once
   * filled; the title, placeholder included, is what an unfilled heading shows.
   */
  titleField?: { field: string; placeholder: string };
  blocks: readonly Block[];
}

/** How one item of a group is written: blocks, or an ordered/bullet list item made of segments. */
export type GroupLayout =
  | { type: 'blocks'; blocks: readonly Block[]; separator?: 'thematicBreak' }
  | {
      type: 'listItem';
      ordered: boolean;
      /** Alternatives, tried in order: the first whose fields are not all empty is written. */
      patterns: readonly (readonly Segment[])[];
    };

/** A top-level section: a `##` subsection that is also one step in the form's section list. */
export interface Section extends Subsection {
  depth: 2;
  /** One line shown at the top of the section's form. */
  description?: string;
}

/** Front matter: YAML keys mapped to fields, written through the `yaml` package. */
export interface FrontMatter {
  /** Keys in order; `const` keys always have the same value (type: technical-spec). */
  keys: readonly (
    | {
        key: string;
        field: string;
        /** Left out of the front matter when empty, even with placeholders on (not in the template). */
        optional?: boolean;
        /** Written as a double-quoted YAML string, as the template does. */
        quoted?: boolean;
      }
    | { key: string; const: string }
  )[];
}

/**
 * A footer derived from other fields (`*Version 1.0 | 2026-01-01*`): lines of segments, each written in emphasis.
 * A segment may give its own placeholder, because the template's footer does.
 */
export interface Footer {
  lines: readonly (readonly Segment[])[];
}

export interface TemplateDescription {
  id: TemplateId;
  /** "Technical Specification" */
  name: string;
  /** This description's version (see `TemplateVersion`); none in descriptions from before versions. */
  version?: TemplateVersion;
  /** One line for the home page. */
  summary: string;
  /** Every field of the template, top level (group items hold their own). */
  fields: readonly Field[];
  frontMatter?: FrontMatter;
  /**
   * The form's first step: the front matter's fields and what comes before the first section (the feature spec's
   * H1 and its labelled header lines). `fields` lists the front matter fields, which have no block.
   */
  header: { id: 'header'; title: string; blocks: readonly Block[]; fields: readonly string[] };
  sections: readonly Section[];
  /** Written between top-level sections (the technical spec separates them with `---`). */
  sectionSeparator?: 'thematicBreak';
  footer?: Footer;
  /** The field the document is named after (download file name, drafts list). */
  titleField: string;
  /** Settings of the spec checks for this template. */
  checks?: TemplateChecks;
}

/** How spec checks treat a template's documents. */
export interface TemplateChecks {
  /** More `[NEEDS CLARIFICATION: ...]` markers than this is a problem; no limit when absent. */
  maxClarifications?: number;
  /** Success criteria must not name technologies (API, database, Redis ...). */
  technologyAgnosticCriteria?: boolean;
  /**
   * Requirements must say MUST or SHALL (default true). False where a priority column carries the obligation
   * (the technical spec's Must / Should / Could).
   */
  requirementKeyword?: boolean;
}
