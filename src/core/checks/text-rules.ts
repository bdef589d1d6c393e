import type { TemplateDescription } from '../template/types';
import type { CheckContext } from './check-context';
import type { TextUnit } from './collect-units';
import { proseText } from './prose-text';
import type { CheckRuleId, CheckRuleSet } from './rules/rule-set';
import { escapeRegex, termMatcher } from './term-matcher';

/** A clarification marker found in a text. */
export interface ClarificationFound {
  unit: TextUnit;
  question: string;
}

/**
 * Runs the rules that read one text: placeholders and clarification markers everywhere, wording rules on
 * requirements and success criteria, measurability and technology names on success criteria, keywords and EARS on
 * requirements. Returns the clarification markers found, for the limit the whole document is held to.
 */
export function checkText(ctx: CheckContext, unit: TextUnit): ClarificationFound[] {
  if (unit.role === 'id') return [];
  const prose = proseText(unit.text);
  checkPlaceholders(ctx, unit, prose);
  const markers = clarificationRegex(ctx.rules);
  const found: ClarificationFound[] = [];
  for (const hit of prose.matchAll(markers)) {
    const question = (hit[1] ?? '').trim();
    found.push({ unit, question });
    ctx.report('clarification', unit, question);
  }
  if (unit.role !== 'requirement' && unit.role !== 'success-criterion') return found;
  // The question in a marker is not the requirement's wording.
  const wording = prose.replace(markers, ' ');
  checkWording(ctx, unit, wording);
  if (unit.role === 'requirement') checkRequirement(ctx, unit, wording);
  else checkCriterion(ctx, unit, wording);
  return found;
}

const wordingRules: readonly [CheckRuleId, (rules: CheckRuleSet) => readonly string[]][] = [
  ['vague-term', (rules) => rules.vagueTerms],
  ['escape-clause', (rules) => rules.escapeClauses],
  ['open-ended', (rules) => rules.openEnded],
  ['superfluous-infinitive', (rules) => rules.superfluousInfinitives],
  ['subjective', (rules) => rules.subjective],
];

function checkWording(ctx: CheckContext, unit: TextUnit, text: string): void {
  for (const [rule, terms] of wordingRules) {
    const found = termMatcher(terms(ctx.rules))(text);
    if (found.length) ctx.report(rule, unit, found.join('”, “'));
  }
  const combined = [...termMatcher(ctx.rules.combinators)(text)];
  // A slash between two words ("read/write"); not one between single letters or digits ("I/O", "24/7").
  for (const hit of text.matchAll(/(?<![\p{L}\p{N}/])[\p{L}]{2,}\/[\p{L}]{2,}(?![\p{L}\p{N}/])/gu))
    if (!combined.some((term) => hit[0].toLowerCase() === term.toLowerCase())) combined.push(hit[0]);
  if (combined.length) ctx.report('and-or', unit, combined.join('”, “'));
}

function checkRequirement(ctx: CheckContext, unit: TextUnit, text: string): void {
  const keywords = countTerms(ctx.rules.keywords, text);
  if (keywords === 0 && ctx.template.checks?.requirementKeyword !== false) ctx.report('no-keyword', unit);
  if (keywords > 1) ctx.report('several-keywords', unit, String(keywords));
  if (ctx.ears) {
    const sentence = text.trim().replace(/\s+/g, ' ');
    const patterns = earsRegexes(ctx.rules);
    if (!patterns.some((regex) => regex.test(sentence))) ctx.report('ears', unit);
  }
}

function checkCriterion(ctx: CheckContext, unit: TextUnit, text: string): void {
  if (!isMeasurable(ctx.rules, text)) ctx.report('not-measurable', unit);
  if (ctx.template.checks?.technologyAgnosticCriteria) {
    const found = termMatcher(ctx.rules.technology)(text);
    if (found.length) ctx.report('technology', unit, found.join(', '));
  }
}

/**
 * A criterion is measurable with a percentage, a number followed by what it counts ("2 minutes", "1000 concurrent
 * users"), or a bound followed by a number or a unit ("under 200 ms", "within a day").
 */
export function isMeasurable(rules: CheckRuleSet, text: string): boolean {
  const measures = measureRegexes(rules);
  return measures.some((regex) => regex.test(text));
}

const measureCache = new WeakMap<CheckRuleSet, RegExp[]>();

function measureRegexes(rules: CheckRuleSet): RegExp[] {
  const cached = measureCache.get(rules);
  if (cached) return cached;
  const number = `(?:\\d+(?:[.,]\\d+)*|(?<![\\p{L}])(?:${rules.numberWords.map(escapeRegex).join('|')})(?![\\p{L}]))`;
  const bound = rules.bounds
    .map((b) => escapeRegex(b).replace(/\s+/g, '\\s+'))
    .sort((a, b) => b.length - a.length)
    .join('|');
  const unit = rules.units.map(escapeRegex).join('|');
  const regexes = [
    /\d\s*%/u,
    new RegExp(`${number}\\s*[\\p{L}µ°$€£]`, 'iu'),
    new RegExp(`(?:${bound})\\s*(?:${number}|(?:an?\\s+)?(?:${unit}))`, 'iu'),
  ];
  measureCache.set(rules, regexes);
  return regexes;
}

const earsCache = new WeakMap<CheckRuleSet, RegExp[]>();

function earsRegexes(rules: CheckRuleSet): RegExp[] {
  const cached = earsCache.get(rules);
  if (cached) return cached;
  const regexes = rules.earsPatterns.map((pattern) => new RegExp(pattern.regex, 'iu'));
  earsCache.set(rules, regexes);
  return regexes;
}

const countCache = new WeakMap<readonly string[], RegExp>();

/** How many times any of `terms` occurs in `text` as a whole word, in any case. */
function countTerms(terms: readonly string[], text: string): number {
  let regex = countCache.get(terms);
  if (!regex) {
    regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    countCache.set(terms, regex);
  }
  return [...text.matchAll(regex)].length;
}

const markerCache = new WeakMap<CheckRuleSet, RegExp>();

/** `[NEEDS CLARIFICATION: question]`, with the question in group 1. */
function clarificationRegex(rules: CheckRuleSet): RegExp {
  const cached = markerCache.get(rules);
  if (cached) return cached;
  const regex = new RegExp(`\\[${escapeRegex(rules.clarificationMarker)}(?::\\s*([^\\]\\n]*))?\\]`, 'gu');
  markerCache.set(rules, regex);
  return regex;
}

function checkPlaceholders(ctx: CheckContext, unit: TextUnit, text: string): void {
  const found = new Set<string>();
  const { marked, words } = placeholderRegex(ctx.template, ctx.rules);
  // Most text has no bracket and no `$`: the long expression of bracketed placeholders is skipped then.
  if (text.includes('[') || text.includes('$')) for (const hit of text.matchAll(marked)) found.add(hit[0]);
  for (const hit of text.matchAll(words)) found.add(hit[0]);
  if (text.includes('[')) {
    for (const bracket of brackets(text)) {
      const inner = bracket.slice(1, -1).trimStart().toLowerCase();
      if (ctx.rules.placeholderOpenings.some((opening) => inner.startsWith(opening))) found.add(bracket);
    }
  }
  // A placeholder with others inside it ("[... by [specific action] ...]") is one finding.
  const list = [...found].filter((hit) => ![...found].some((other) => other !== hit && other.includes(hit)));
  for (const hit of list) ctx.report('placeholder', unit, hit);
}

/** Placeholders that start with `[` or `$`, and the others (`TODO`, `???`). */
interface PlaceholderRegexes {
  marked: RegExp;
  words: RegExp;
}

const tokenCache = new WeakMap<TemplateDescription, Map<CheckRuleSet, PlaceholderRegexes>>();

/**
 * The placeholders a template leaves in a new document, as one expression: every bracketed part of its placeholders
 * (`[FEATURE NAME]`, `[specific action]`, `[Entity {n}]` with any number), plus the rule set's own (`$ARGUMENTS`,
 * `TODO` ...). Longest first, so that a placeholder wins over the ones inside it.
 */
function placeholderRegex(template: TemplateDescription, rules: CheckRuleSet): PlaceholderRegexes {
  let byRules = tokenCache.get(template);
  if (!byRules) {
    byRules = new Map();
    tokenCache.set(template, byRules);
  }
  const cached = byRules.get(rules);
  if (cached) return cached;
  const tokens = new Set<string>();
  for (const placeholder of templatePlaceholders(template)) {
    for (const bracket of brackets(placeholder)) {
      if (!bracket.includes(rules.clarificationMarker)) tokens.add(bracket);
    }
    for (const variable of placeholder.match(/\$[A-Z_]{2,}/g) ?? []) tokens.add(variable);
  }
  const generic = rules.placeholders.map((token) => {
    const start = /^[\p{L}]/u.test(token) ? '(?<![\\p{L}\\p{N}])' : '';
    const end = /[\p{L}]$/u.test(token) ? '(?![\\p{L}\\p{N}])' : '';
    return { token, source: `${start}${escapeRegex(token)}${end}` };
  });
  const isMarked = (token: string) => token.startsWith('[') || token.startsWith('$');
  const marked = [
    ...[...tokens].map((token) => escapeRegex(token).replace(/\\\{n+\\\}/g, '\\d+')),
    ...generic.filter(({ token }) => isMarked(token)).map(({ source }) => source),
  ].sort((a, b) => b.length - a.length);
  const words = generic.filter(({ token }) => !isMarked(token)).map(({ source }) => source);
  const regexes = {
    marked: new RegExp(marked.join('|') || '(?!)', 'gu'),
    words: new RegExp(words.join('|') || '(?!)', 'gu'),
  };
  byRules.set(rules, regexes);
  return regexes;
}

/** Every placeholder text of a template: fields, columns, initial items, footer segments. */
function templatePlaceholders(template: TemplateDescription): string[] {
  const out: string[] = [];
  const visit = (fields: TemplateDescription['fields']) => {
    for (const field of fields) {
      out.push(field.placeholder);
      if ('initialItems' in field) {
        for (const item of field.initialItems as readonly Record<string, unknown>[]) {
          if (typeof item.placeholder === 'string') out.push(item.placeholder);
          const more = item.placeholders as Record<string, string> | undefined;
          if (more) out.push(...Object.values(more));
          const nested = item.items as Record<string, readonly { placeholder: string }[]> | undefined;
          for (const items of Object.values(nested ?? {})) out.push(...items.map((i) => i.placeholder));
        }
      }
      if (field.kind === 'table') for (const column of field.columns) out.push(column.placeholder);
      if (field.kind === 'group') visit(field.fields);
    }
  };
  visit(template.fields);
  for (const line of template.footer?.lines ?? [])
    for (const segment of line)
      if (segment.type === 'field' && segment.placeholder) out.push(segment.placeholder);
  return out;
}

/** Every balanced `[...]` in a text, outer and inner. */
function brackets(text: string): string[] {
  const out: string[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '[') open.push(i);
    else if (text[i] === ']' && open.length) {
      const start = open.pop()!;
      if (i > start + 1) out.push(text.slice(start, i + 1));
    }
  }
  return out;
}
