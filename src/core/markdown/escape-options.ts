import type { Nodes, Root, Text } from 'mdast';
import type { Options as StringifyOptions } from 'remark-stringify';

type Unsafe = NonNullable<StringifyOptions['unsafe']>[number];
type Handlers = NonNullable<StringifyOptions['handlers']>;
type TextHandle = NonNullable<Handlers['text']>;
type State = Parameters<TextHandle>[2];

/**
 * Why: mdast-util-to-markdown escapes every `[` in text (`\[Goal 1]`, `\[NEEDS CLARIFICATION: ...]`), which makes
 * the templates' placeholders unreadable and hides `[NEEDS CLARIFICATION` from tools that grep the raw file.
 *
 * A `[` only matters when the parser could pair it into something. In a document without definitions:
 * - inline links and images need `](`: the serializer already escapes a `(` that follows `]`;
 * - full, collapsed and shortcut references (`[a][b]`, `[a][]`, `[a]`) need a definition, and there is none;
 * - footnote calls (`[^a]`) need a footnote definition, and there is none (still escaped, it costs nothing);
 * - a definition `[a]: b` needs its `[` at the start of a line: escaped there unless the first `]` after it
 *   (in the same text) is followed by something other than `:`;
 * - a task marker `[ ]`, `[x]`, `[X]` starts a list item's first line: escaped there.
 * So the blanket `[` patterns are replaced by those narrower ones. When the document has definitions (from a
 * Markdown field or additional content) the writer keeps the blanket escape (`hasDefinitions`).
 *
 * The line-start patterns put their lookahead in `before` rather than `after`: `safe` drops an escape that has an
 * `after` condition when the next character is escaped anyway, which is right for one-character conditions but
 * not for a condition on the rest of the line.
 */
const narrowBracketPatterns: readonly Unsafe[] = [
  // `[a]: b` at the start of a line (a definition), unless the label's `]` is provably not followed by `:`.
  { atBreak: true, before: '(?=\\[(?![^\\]]*\\](?!:)))', character: '[' },
  // `[ ]`, `[x]`, `[X]` at the start of a line could be a task list item's check.
  { atBreak: true, before: '(?=\\[[ \\txX]\\])', character: '[' },
  // `[^a]` could be a footnote call.
  {
    character: '[',
    after: '\\^',
    inConstruct: 'phrasing',
    notInConstruct: [
      'autolink',
      'destinationLiteral',
      'destinationRaw',
      'reference',
      'titleQuote',
      'titleApostrophe',
    ],
  },
];

/**
 * Why: GFM strikethrough makes the serializer escape every `~` (`a \~ b`). A run of tildes only opens or closes a
 * strikethrough when it touches a non-space character on the side it opens or closes, and only `~~~` at the start
 * of a line opens a code fence. So `~` is escaped when a non-space character is next to it, or when it starts a
 * `~~~` at a line start; a lone `~` between spaces (`a ~ b`, `~ 5 ms`) is written as is.
 */
const narrowTildePatterns: readonly Unsafe[] = [
  { atBreak: true, before: '(?=~~~)', character: '~' },
  // Lookaheads in `before` (see above): the condition is on the next character, which may itself be escaped.
  { before: '(?=~\\S)', character: '~', inConstruct: 'phrasing', notInConstruct: nonPhrasingConstructs() },
  { before: '(?<=\\S)', character: '~', inConstruct: 'phrasing', notInConstruct: nonPhrasingConstructs() },
];

function nonPhrasingConstructs(): Unsafe['notInConstruct'] {
  return ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe'];
}

/** True for the serializer's and GFM strikethrough's patterns that escape every `~` (in text or at a line start). */
function isBlanketTilde(pattern: Unsafe): boolean {
  if (pattern.character !== '~' || pattern.before || pattern.after) return false;
  return pattern.atBreak === true || pattern.inConstruct === 'phrasing';
}

/** True for the serializer's (and GFM footnotes') patterns that escape every `[` in text or at a line start. */
function isBlanketBracket(pattern: Unsafe): boolean {
  if (pattern.character !== '[') return false;
  if (pattern.atBreak && !pattern.before && !pattern.after) return true;
  const scope = pattern.inConstruct;
  return scope === 'phrasing' || (Array.isArray(scope) && scope.includes('phrasing'));
}

const narrowedCache = new WeakMap<readonly Unsafe[], Unsafe[]>();

/** The serializer's unsafe patterns with the blanket `[` and `~` escapes replaced by the narrower ones above. */
export function narrowUnsafe(patterns: readonly Unsafe[]): Unsafe[] {
  const cached = narrowedCache.get(patterns);
  if (cached) return cached;
  const narrowed = [
    ...patterns.filter((p) => !isBlanketBracket(p) && !isBlanketTilde(p)),
    ...narrowBracketPatterns,
    ...narrowTildePatterns,
  ];
  narrowedCache.set(patterns, narrowed);
  return narrowed;
}

/**
 * The `text` handler of mdast-util-to-markdown, run with the narrowed patterns. Only text goes through it: link
 * labels, references and other constructs keep their own (blanket) escapes.
 */
export const narrowText: TextHandle = (node: Text, parent, state: State, info) => {
  const saved = state.unsafe;
  state.unsafe = narrowUnsafe(saved);
  try {
    const siblings = parent ? parent.children : [];
    const index = state.indexStack[state.indexStack.length - 1] ?? 0;
    return state.safe(node.value, {
      ...info,
      afterNode: siblings[index + 1],
      beforeNode: siblings[index - 1],
    });
  } finally {
    state.unsafe = saved;
  }
};

/** True when the tree has definitions, which turn any `[label]` into a possible reference. */
export function hasDefinitions(tree: Root): boolean {
  const visit = (node: Nodes): boolean =>
    node.type === 'definition' ||
    node.type === 'footnoteDefinition' ||
    ('children' in node && node.children.some((child) => visit(child)));
  return visit(tree);
}

/**
 * Stringify options that write `[` unescaped where it cannot start anything (see above). Only for a tree without
 * definitions (`hasDefinitions`).
 */
export const narrowEscapeOptions: Partial<StringifyOptions> = { handlers: { text: narrowText } };

/** Stringify options for this tree: narrowed `[` escaping unless it has definitions. */
export function escapeOptions(tree: Root): Partial<StringifyOptions> {
  return hasDefinitions(tree) ? {} : narrowEscapeOptions;
}
