/** Every rule of the spec checks, by id (the ids the README lists and a dismissal remembers). */
export const checkRuleIds = [
  'placeholder',
  'clarification',
  'clarification-limit',
  'vague-term',
  'escape-clause',
  'open-ended',
  'superfluous-infinitive',
  'and-or',
  'subjective',
  'no-keyword',
  'several-keywords',
  'not-measurable',
  'technology',
  'story-why',
  'story-test',
  'story-scenarios',
  'scenario-incomplete',
  'unknown-reference',
  'duplicate-id',
  'id-gap',
  'ears',
] as const;

/** One rule of the spec checks. */
export type CheckRuleId = (typeof checkRuleIds)[number];

/**
 * The words of the checks in one language: term lists, patterns and messages. Data, so another language is another
 * file of the same shape. A term written all in lower case matches in any case ("some", "Some"); a term with a
 * capital matches only as written ("React" is a library, "react" a verb).
 */
export interface CheckRuleSet {
  /** BCP 47 tag: `en`. */
  language: string;
  /** Placeholders any template may leave behind, besides the template's own bracketed ones. */
  placeholders: readonly string[];
  /** Bracketed text starting with one of these is a placeholder too (`[e.g., ...]`). */
  placeholderOpenings: readonly string[];
  /** The marker's word: `[NEEDS CLARIFICATION: question]`. */
  clarificationMarker: string;
  /** INCOSE R7: vague terms. */
  vagueTerms: readonly string[];
  /** INCOSE R8: escape clauses. */
  escapeClauses: readonly string[];
  /** INCOSE R9: open-ended lists. */
  openEnded: readonly string[];
  /** INCOSE R10: superfluous infinitives. */
  superfluousInfinitives: readonly string[];
  /** INCOSE R17: combinators; a slash between words is flagged besides these. */
  combinators: readonly string[];
  /** Adjectives nobody can test. */
  subjective: readonly string[];
  /** The keywords that make a sentence a requirement. */
  keywords: readonly string[];
  /** Words that bound a quantity ("under 2 minutes", "at least 90%"). */
  bounds: readonly string[];
  /** Numbers written as words, counted like digits. */
  numberWords: readonly string[];
  /** Units a bound may take without a number ("in under a minute"). */
  units: readonly string[];
  /** Technology names a technology-agnostic success criterion must not use. */
  technology: readonly string[];
  /** The keywords of an acceptance scenario, in order: Given, When, Then. */
  scenarioKeywords: readonly [string, string, string];
  /** EARS patterns a requirement may follow in EARS mode, as regular expressions (case-insensitive). */
  earsPatterns: readonly { name: string; regex: string }[];
  /** Each rule's finding, in one sentence; `detail` is what was found (terms, a question, ids). */
  messages: { [K in CheckRuleId]: (detail: string) => string };
  /** Each rule in one line, for the README and the region's help. */
  explanations: { [K in CheckRuleId]: string };
}
