/** A field the reader filled from the document. `count` is the number of items for lists, tables and groups. */
export interface RecognizedField {
  fieldId: string;
  label: string;
  count?: number;
}

/** Markdown the template has no field for, kept verbatim and written back after `anchor`. */
export interface AdditionalContent {
  /** `start`, or the id of the subsection or field the content followed. */
  anchor: string;
  /** A short description for the report: the first heading or the first words. */
  summary: string;
}

/** Something the user should know about the import: a value that was interpreted, a block that moved. */
export interface ImportWarning {
  message: string;
  /** The field the warning is about, so the report can link to it. */
  fieldId?: string;
}

/** What an import did: what was recognized, what was kept as additional content, and what to check. */
export interface ImportReport {
  recognized: RecognizedField[];
  additional: AdditionalContent[];
  warnings: ImportWarning[];
}
