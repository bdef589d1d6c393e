import type { RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { findPlaceholders } from '../../template/compile/placeholders';
import type {
  Block,
  Field,
  GroupField,
  Segment,
  Subsection,
  TemplateDescription,
} from '../../template/types';
import { parseMarkdown } from '../processor';
import { normalizeTitle } from './match-title';

/** A `**Label**: value` pair of a template paragraph: the label's text and the field after it. */
export interface LabelSlot {
  label: string;
  field: string;
  /** Template text between the label's colon and the value (`User description: "`). */
  prefix: string;
  /** Template text after the value (`"`). */
  suffix: string;
  /** The value is written as inline code (the feature branch). */
  code: boolean;
}

/** What the reader derives once per template from its description: lookups, never a second structure. */
export interface TemplateIndex {
  template: TemplateDescription;
  subsections: Subsection[];
  /** The subsection a subsection sits in (undefined for top-level sections). */
  parentOf: Map<string, Subsection | undefined>;
  /** Top-level field id -> the innermost subsection holding it (undefined for header fields). */
  sectionOfField: Map<string, Subsection | undefined>;
  /** Labelled header slots: the header paragraphs' labels and the front matter fields' labels. */
  headerLabels: LabelSlot[];
  /** Normalized names a subsection's heading may have: its title, its aliases, its fields' aliases. */
  names: Map<string, string[]>;
  /** Guidance blocks as fingerprints (node type + text), matched to skip guidance a document carries. */
  guidance: string[][];
  /**
   * Subsection titles with a placeholder in them, as the normalized text before it (spec-kit tasks' `Phase 3: User
   * Story 1 - [Title] (Priority: P1) 🎯 MVP` -> `phase 3 user story 1`): a heading that fills it names it.
   */
  titlePatterns: Map<string, string>;
}

// Keyed by the description itself: a user's template may be replaced by another under the same id.
const cache = new WeakMap<TemplateDescription, TemplateIndex>();

/** The index of a template, computed once. */
export function indexTemplate(template: TemplateDescription): TemplateIndex {
  const cached = cache.get(template);
  if (cached) return cached;
  const subsections: Subsection[] = [];
  const parentOf = new Map<string, Subsection | undefined>();
  const sectionOfField = new Map<string, Subsection | undefined>();
  const guidance: string[][] = [];
  const visit = (blocks: readonly Block[], parent: Subsection | undefined) => {
    for (const block of blocks) {
      if (block.type === 'subsection') {
        subsections.push(block);
        parentOf.set(block.id, parent);
        if (block.titleField) sectionOfField.set(block.titleField.field, block);
        visit(block.blocks, block);
      } else if (block.type === 'field') sectionOfField.set(block.field, parent);
      else if (block.type === 'markdown' && block.role !== 'structure')
        guidance.push(fingerprintsOf(block.markdown));
    }
  };
  visit(template.sections, undefined);
  // The header's guidance too (spec-kit plan's `**Note**: This template is filled in by ...` under the title).
  for (const block of template.header.blocks)
    if (block.type === 'markdown' && block.role !== 'structure')
      guidance.push(fingerprintsOf(block.markdown));
  for (const field of template.fields) {
    if (field.kind === 'group') collectGroupGuidance(field, guidance);
  }
  const headerLabels: LabelSlot[] = [];
  for (const block of template.header.blocks) {
    if (block.type === 'paragraph') headerLabels.push(...labelSlots(block.content));
  }
  for (const id of template.header.fields) {
    const field = template.fields.find((f) => f.id === id);
    if (field && !headerLabels.some((slot) => slot.field === id)) {
      headerLabels.push({ label: field.label, field: id, prefix: '', suffix: '', code: false });
    }
  }
  const names = new Map<string, string[]>();
  const titlePatterns = new Map<string, string>();
  for (const sub of subsections) {
    const fieldAliases = sub.blocks.flatMap((b) =>
      b.type === 'field' ? (template.fields.find((f) => f.id === b.field)?.aliases ?? []) : [],
    );
    names.set(sub.id, [...new Set([sub.title, ...(sub.aliases ?? []), ...fieldAliases].map(normalizeTitle))]);
    const pattern = titlePattern(sub.title);
    if (pattern) titlePatterns.set(sub.id, pattern);
  }
  const index = {
    template,
    subsections,
    parentOf,
    sectionOfField,
    headerLabels,
    guidance,
    names,
    titlePatterns,
  };
  cache.set(template, index);
  return index;
}

function collectGroupGuidance(group: GroupField, out: string[][]) {
  if (group.layout.type !== 'blocks') return;
  for (const block of group.layout.blocks) {
    if (block.type === 'markdown' && block.role !== 'structure') out.push(fingerprintsOf(block.markdown));
  }
}

/** A block's fingerprint: its type and its whitespace-normalized text. */
export function fingerprint(node: RootContent): string {
  const text = node.type === 'html' ? node.value : mdastToString(node);
  return `${node.type}:${text.replace(/\s+/g, ' ').trim()}`;
}

const fingerprintCache = new Map<string, string[]>();

/** The fingerprints of a piece of template Markdown, computed once. */
export function fingerprintsOf(markdown: string): string[] {
  let cached = fingerprintCache.get(markdown);
  if (!cached) {
    cached = parseMarkdown(markdown).children.map(fingerprint);
    fingerprintCache.set(markdown, cached);
  }
  return cached;
}

/**
 * The labelled slots of a paragraph pattern: a strong text segment is a label; the field that follows it (after
 * optional template text) is its value.
 */
export function labelSlots(content: readonly Segment[]): LabelSlot[] {
  const slots: LabelSlot[] = [];
  let label: string | undefined;
  let prefix = '';
  let open: LabelSlot | undefined;
  for (const segment of content) {
    if (segment.type === 'strong') {
      open = undefined;
      const only = segment.children.length === 1 ? segment.children[0] : undefined;
      label = only?.type === 'text' ? only.value.replace(/[:：]\s*$/u, '') : undefined;
      prefix = '';
    } else if (segment.type === 'text') {
      if (open) open.suffix += segment.value;
      else if (label !== undefined) prefix += segment.value;
    } else if ((segment.type === 'field' || segment.type === 'inlineCode') && label !== undefined) {
      open = {
        label,
        field: segment.field,
        prefix: prefix.replace(/^\s*[:：]\s*/u, ''),
        suffix: '',
        code: segment.type === 'inlineCode',
      };
      slots.push(open);
      label = undefined;
    } else if (segment.type === 'break') {
      open = undefined;
      label = undefined;
    }
  }
  return slots;
}

/** True when one of a heading's readings (`titleCandidates`) names the subsection. */
export function titleMatches(
  index: TemplateIndex,
  subsection: Subsection,
  candidates: readonly string[],
): boolean {
  const names = index.names.get(subsection.id) ?? [];
  return (
    candidates.some((candidate) => names.includes(candidate)) || fillsTitle(index, subsection, candidates)
  );
}

/**
 * True when a heading is the subsection's title with its placeholder filled in (see `titlePatterns`): it starts with
 * the title's text before the placeholder, and says more. What follows the placeholder is not asked for: documents
 * drop a title's decorations (`(Priority: P1) 🎯 MVP`) more often than they keep them.
 */
export function fillsTitle(
  index: TemplateIndex,
  subsection: Subsection,
  candidates: readonly string[],
): boolean {
  const before = index.titlePatterns.get(subsection.id);
  const whole = candidates[0];
  return before !== undefined && whole !== undefined && whole.startsWith(`${before} `);
}

/**
 * The normalized text before a title's first placeholder; undefined for a title with none, or with nothing before it
 * to tell the heading apart (`[Component] overview` would name any heading).
 */
function titlePattern(title: string): string | undefined {
  const first = findPlaceholders(title).find((p) => !p.number && !p.literal);
  if (!first) return undefined;
  const before = normalizeTitle(title.slice(0, first.start));
  return before === '' ? undefined : before;
}

/** True when a label names the field (its label or one of its aliases), by meaning. */
export function labelMatches(field: Pick<Field, 'label' | 'aliases'>, label: string): boolean {
  const wanted = normalizeTitle(label);
  return [field.label, ...(field.aliases ?? [])].some((name) => normalizeTitle(name) === wanted);
}
