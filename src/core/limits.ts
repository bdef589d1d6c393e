/**
 * The limits on what Specwright reads from outside (opened files, pasted text, links, share links). They are the
 * same for reading, previewing and writing: a document within them opens, previews and downloads; anything beyond is
 * refused before it is parsed, with a message. Each value is far above any real specification (the largest seen is
 * about 80 KB, 2,000 lines, nesting 6 deep) and low enough that the Markdown parser answers in well under a second
 * per block on a slow machine.
 */
export const limits = {
  /** The largest input opened, in bytes of UTF-8: a file, pasted text or a download from a link. */
  maxInputBytes: 2 * 1024 * 1024,
  /** The longest line, in characters (a long paragraph on one line or an inline image stays well below). */
  maxLineLength: 100_000,
  /**
   * The deepest nesting of lists and block quotes, counted from a line's start (each container marker and every two
   * columns of indentation is a level): deeper structures overflow the writer's and the preview's recursion.
   */
  maxNestingDepth: 32,
  /** The most list items, table rows and link reference definitions in one document. */
  maxItems: 10_000,
  /**
   * The most emphasis marks (`*` and `_`) in one paragraph or table row: the parser's emphasis matching grows
   * steeply with them (10,000 of them take seconds), while a real paragraph has a few dozen.
   */
  maxEmphasisMarksPerBlock: 1_500,
  /** The longest share link data accepted (the part after `#/shared/`), in characters: links beyond it are cut anyway. */
  maxShareDataLength: 32_000,
  /** Decompression of a share link stops here (characters of JSON): a small link can otherwise unpack to gigabytes. */
  maxShareJsonLength: 2_000_000,
  /** How long reading untrusted Markdown may take in its worker before it is stopped, in milliseconds. */
  parseBudgetMs: 10_000,
} as const;

/** The shape of `limits`. */
export type Limits = typeof limits;
