import { formatId } from '../document/create-document';
import { documentVersion } from '../document/document-version';
import type { FieldValue, GroupItem, SpecDocument, TableRow } from '../document/spec-document';
import type { SampleText } from '../fields/field-kind-module';
import { kindOf } from '../fields/field-kinds';
import type { Field, GroupField, TableField, TemplateDescription, TextField } from '../template/types';

/** How many items a generated document has, per kind of repeatable content. */
export interface DocumentSize {
  /** Items of the user stories group (feature spec). */
  userStories: number;
  /** Acceptance scenarios in each user story. */
  scenariosPerStory: number;
  /** Functional requirements (a group in the feature spec, a table in the technical spec). */
  requirements: number;
  /** Rows of every other table. */
  tableRows: number;
  /** Items of every other list, checklist and group. */
  listItems: number;
}

/** The sizes the benchmark measures (issue 6): small, large and huge. */
export const documentSizes = {
  small: { userStories: 3, scenariosPerStory: 2, requirements: 10, tableRows: 3, listItems: 3 },
  large: { userStories: 30, scenariosPerStory: 5, requirements: 300, tableRows: 50, listItems: 10 },
  huge: { userStories: 100, scenariosPerStory: 5, requirements: 1000, tableRows: 100, listItems: 20 },
} as const satisfies Record<string, DocumentSize>;

export type DocumentSizeName = keyof typeof documentSizes;

/** A seeded source of numbers in [0, 1): mulberry32, so a seed gives the same document on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A filled-in document of `template`, `size` items large, with realistic text: sentences of varied length, inline
 * code in prose, the odd `[NEEDS CLARIFICATION: ...]`. The same template, size and seed always give the same
 * document. Used by the benchmark and by tests that need big documents.
 */
export function generateDocument(
  template: TemplateDescription,
  size: DocumentSizeName | DocumentSize = 'small',
  seed = 1,
): SpecDocument {
  const counts = typeof size === 'string' ? documentSizes[size] : size;
  const text = new TextGenerator(createRandom(seed));
  const fields: Record<string, FieldValue> = {};
  for (const field of template.fields) fields[field.id] = fieldValue(field, counts, text);
  return { template: template.id, version: documentVersion, fields, additional: {} };
}

/** How many items a repeatable field gets at this size, by what the field is (its role), not by its id. */
function itemCount(field: Field, counts: DocumentSize): number {
  if (field.role === 'user-story') return counts.userStories;
  if (field.role === 'acceptance-scenario') return counts.scenariosPerStory;
  if (holdsRequirements(field)) return counts.requirements;
  if (field.kind === 'table') return counts.tableRows;
  return counts.listItems;
}

/** A table with a requirement column, or a group whose items are requirements (FR-001 ...). */
function holdsRequirements(field: Field): boolean {
  if (field.kind === 'table') return field.columns.some((column) => column.role === 'requirement');
  if (field.kind === 'group') return field.fields.some((inner) => inner.role === 'requirement');
  return false;
}

function fieldValue(field: Field, counts: DocumentSize, text: TextGenerator): FieldValue {
  return kindOf(field).sample(field, {
    text,
    count: (repeatable) => itemCount(repeatable, counts),
    line: (line) => textValue(line, text),
    row: (table, n) => tableRow(table, text, n),
    item: (group, n) => groupItem(group, counts, text, n),
  });
}

const clauses = { 'scenario-given': 'given', 'scenario-when': 'when', 'scenario-then': 'then' } as const;

/** A line that suits the field, by its role, its pattern or what its label says it holds. */
function textValue(field: TextField, text: TextGenerator): string {
  // The shipped templates' patterned text field is a feature branch (`###-feature-name`).
  if (field.pattern) return `${String(text.int(1, 999)).padStart(3, '0')}-${text.slug()}`;
  const clause =
    field.role && field.role in clauses ? clauses[field.role as keyof typeof clauses] : undefined;
  if (clause) return text.clause(clause);
  if (/\bversion\b/i.test(field.label)) return `${text.int(1, 3)}.${text.int(0, 9)}`;
  if (/\b(title|name|entity)\b/i.test(field.label)) return text.title();
  if (/\b(author|owner)\b/i.test(field.label)) return text.person();
  return text.sentence(6, 24);
}

function tableRow(field: TableField, text: TextGenerator, n: number): TableRow {
  const row: TableRow = {};
  for (const column of field.columns) {
    if (column.id) row[column.key] = formatId(column.id, n);
    else if (column.options) row[column.key] = text.pick(column.options);
    else if (column.role === 'requirement') row[column.key] = text.requirement();
    else row[column.key] = text.sentence(2, 12);
  }
  return row;
}

function groupItem(group: GroupField, counts: DocumentSize, text: TextGenerator, n: number): GroupItem {
  const item: GroupItem = {};
  for (const field of group.fields) {
    if (group.idField?.field === field.id) item[field.id] = formatId(group.idField.scheme, n);
    // A scenario's free-text alternative stays empty: Given / When / Then are filled.
    else if (group.role === 'acceptance-scenario' && !field.role) item[field.id] = '';
    else if (field.role === 'requirement') item[field.id] = text.requirement();
    else item[field.id] = fieldValue(field, counts, text);
  }
  return item;
}

const words = (
  'account address archive audit batch browser cache catalog change client comment config customer dashboard data ' +
  'date default deployment device document draft email entry error event export feature field file filter form ' +
  'group history identifier import index input invoice item job key label language limit link list log message ' +
  'metric migration mode network note notification order owner page password payment permission plan policy ' +
  'preview priority profile project queue quota record region release report request response result retry review ' +
  'role rule schedule schema search section server session setting signal snapshot source status storage summary ' +
  'table tag task team template tenant test threshold ticket timeout token trace update upload user value version ' +
  'view warning webhook window workflow workspace'
).split(' ');

const verbs = (
  'accept allow archive block cache create delete display export filter import index limit list load log merge ' +
  'notify persist preview publish read record reject rename report restore retry save search send show sort store ' +
  'sync track update upload validate verify'
).split(' ');

const qualifiers = (
  'active archived current default empty expired failed hidden large last latest local new offline old partial ' +
  'pending primary private public recent remote shared single stale valid'
).split(' ');

const codeTokens = [
  'retryCount',
  'maxItems',
  'POST /api/v1/exports',
  'user.id',
  'status = "active"',
  'config.yaml',
  'X-Request-Id',
  'ttl',
  'null',
  'Promise<void>',
  'npm run build',
  'ETag',
];

const clarifications = [
  'retention period not specified',
  'which roles may do this?',
  'auth method not specified - email/password, SSO, OAuth?',
  'limit per tenant or per user?',
  'what happens offline?',
  'exact wording of the message',
];

const people = [
  'Ada Lovelace',
  'Grace Hopper',
  'Alan Turing',
  'Barbara Liskov',
  'Edsger Dijkstra',
  'Frances Allen',
];

/** Words and sentences drawn from one seeded stream. */
class TextGenerator implements SampleText {
  constructor(private readonly random: () => number) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  words(count: number): string[] {
    return Array.from({ length: count }, () => this.pick(words));
  }

  title(): string {
    return capitalize(`${this.pick(qualifiers)} ${this.words(this.int(1, 3)).join(' ')}`);
  }

  slug(): string {
    return this.words(this.int(2, 3)).join('-');
  }

  person(): string {
    return this.pick(people);
  }

  date(): string {
    return `2026-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`;
  }

  /** One sentence of `min` to `max` words, literal text (no Markdown). */
  sentence(min: number, max: number): string {
    const parts = this.words(this.int(min, max));
    const verbAt = Math.min(parts.length - 1, 1 + Math.floor(this.random() * 2));
    parts[verbAt] = this.pick(verbs);
    let sentence = `${capitalize(parts.join(' '))}.`;
    if (this.chance(0.04)) sentence += ` [NEEDS CLARIFICATION: ${this.pick(clarifications)}]`;
    return sentence;
  }

  /** "System MUST ..." with the odd clarification marker. */
  requirement(): string {
    const subject = this.chance(0.8) ? 'System MUST' : 'Users MUST be able to';
    let text = `${subject} ${this.pick(verbs)} ${this.pick(qualifiers)} ${this.words(this.int(2, 12)).join(' ')}`;
    if (this.chance(0.3)) text += ` within ${this.int(1, 60)} seconds`;
    if (this.chance(0.05)) text += ` [NEEDS CLARIFICATION: ${this.pick(clarifications)}]`;
    return text;
  }

  /** The body of a Given, When or Then. */
  clause(kind: 'given' | 'when' | 'then'): string {
    const tail = `${this.pick(qualifiers)} ${this.words(this.int(1, 6)).join(' ')}`;
    if (kind === 'given') return `a user with ${this.int(0, 500)} ${tail}`;
    if (kind === 'when') return `they ${this.pick(verbs)} the ${tail}`;
    return `the system shows the ${tail}`;
  }

  /** Markdown prose: one to three paragraphs, sometimes a short list, some inline code. */
  markdown(): string {
    const blocks: string[] = [];
    const paragraphs = this.int(1, 3);
    for (let p = 0; p < paragraphs; p++) {
      const sentences = Array.from({ length: this.int(1, 4) }, () => {
        const sentence = this.sentence(5, 22);
        return this.chance(0.3) ? `${sentence.slice(0, -1)} with \`${this.pick(codeTokens)}\`.` : sentence;
      });
      blocks.push(sentences.join(' '));
    }
    if (this.chance(0.3)) {
      blocks.push(Array.from({ length: this.int(2, 4) }, () => `- ${this.sentence(3, 9)}`).join('\n'));
    }
    return blocks.join('\n\n');
  }

  /** A small ASCII diagram. */
  diagram(): string {
    const boxes = this.words(this.int(2, 4)).map((w) => `[ ${w} ]`);
    return `${boxes.join(' --> ')}\n${' '.repeat(4)}|\n${' '.repeat(4)}v\n[ ${this.pick(words)} store ]`;
  }
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
