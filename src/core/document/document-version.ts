/**
 * The schema version of documents made now. 1 (or no version): one-line values are literal text. 2: they are inline
 * Markdown (`**bold**` is bold, `\*` a star).
 */
export const documentVersion = 2;
