import type { Heading, List, Paragraph, Root, RootContent, Table } from 'mdast';
import type { FieldValue, GroupItem } from '../../document/spec-document';
import { kindOf } from '../../fields/field-kinds';
import type { ImportReport } from '../../import/import-report';
import type { Block, Field, GroupField, Subsection, TemplateDescription } from '../../template/types';
import { parseMarkdown } from '../processor';
import { completeItem, emptyValue, itemId } from './fields';
import { findSubsection, isInside } from './find-subsection';
import { footerMatches, readFooterLines } from './footer-lines';
import { readFrontMatter } from './front-matter';
import { readGroupBlock } from './group-block';
import { guidanceLength } from './guidance-length';
import { readHeaderLines } from './header-lines';
import { phrasingToValue, plainText } from './inline';
import { keywordGroupOf, readKeywordParagraph } from './keyword-paragraph';
import { matchLabelledParagraph } from './labelled-paragraph';
import { itemHeadingBlock, matchItemHeading } from './match-item-heading';
import { normalizeTitle, titleCandidates } from './match-title';
import { blockGroups, sectionByContent } from './section-by-content';
import { fingerprint, fingerprintsOf, indexTemplate, type TemplateIndex } from './template-index';
import { titleValue } from './title-value';

/** Where content blocks go: the slots of a subsection, or of one item of a group written as blocks. */
interface Scope {
  blocks: readonly Block[];
  values: Record<string, FieldValue>;
  fieldOf: (id: string) => Field | undefined;
  /** Index of the last slot filled: content is read in the template's order inside a scope. */
  cursor: number;
  /** A markdown field still taking blocks (contiguous ones only), with the source range it holds. */
  open?: { field: string; start: number; end: number };
  /** A group field that takes more lists (its items grouped under sub-headings). */
  appendTo?: string;
  /** Set for the scope of one item of a group written as blocks. */
  item?: { group: GroupField; depth: number; n: number };
  subsection?: Subsection;
}

interface Run {
  anchor: string;
  start: number;
  end: number;
}

/**
 * Reads Markdown into a document of the template. Every block is either mapped to a field, recognized as the
 * template's own text (headings, labels, guidance, the footer), or kept verbatim as additional content.
 */
export class Reader {
  private readonly index: TemplateIndex;
  private readonly template: TemplateDescription;
  readonly fields: Record<string, FieldValue> = {};
  private readonly additional = new Map<string, string[]>();
  private readonly runs: Run[] = [];
  readonly report: ImportReport = { recognized: [], additional: [], warnings: [] };
  extraFrontMatter: Record<string, unknown> | undefined;
  private anchor = 'start';
  private scope: Scope | undefined;
  private unknownDepth: number | undefined;
  private readonly used = new Set<string>();
  private seenSection = false;
  private nodes: RootContent[] = [];
  /** Index of the first node after the body (the footer's, when there is one). */
  private end = 0;

  constructor(
    template: TemplateDescription,
    private readonly source: string,
    /** The source parsed already (by template detection), so that opening a file parses it once. */
    private readonly parsed?: Root,
  ) {
    this.template = template;
    this.index = indexTemplate(template);
    for (const field of template.fields) this.fields[field.id] = emptyValue(field);
  }

  read(): void {
    const tree = this.parsed ?? parseMarkdown(this.source);
    this.nodes = tree.children;
    const end = this.skipFooter(this.nodes.length);
    this.end = end;
    for (let i = 0; i < end; i++) {
      const node = this.nodes[i]!;
      const skip = this.guidanceLength(i, end);
      if (skip > 0) {
        this.closeOpen();
        this.afterGuidance(node);
        i += skip - 1;
        continue;
      }
      this.visit(node, i);
    }
    this.flushRuns();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Dispatch

  private visit(node: RootContent, i: number): void {
    if (node.type === 'yaml') this.readYaml(node.value);
    else if (node.type === 'heading') this.readHeading(node, i);
    else if (node.type === 'thematicBreak' && this.isStructuralBreak(i)) this.closeOpen();
    else if (this.unknownDepth !== undefined || !this.scope) {
      if (this.seenSection || this.unknownDepth !== undefined) this.keep(node);
      else this.readHeaderBlock(node);
    } else if (!this.place(node, i) && !(this.scope.item && this.appendToItem(node))) this.keep(node);
  }

  /**
   * A `---` the template writes: between the items of a group written as blocks, and before each `##` section of a
   * template with section separators. Any other rule is content.
   */
  private isStructuralBreak(i: number): boolean {
    const next = i + 1 < this.end ? this.nodes[i + 1] : undefined;
    const beforeHeading = next === undefined || next.type === 'heading';
    if (this.scope?.item) return beforeHeading || this.guidanceLength(i + 1, this.end) > 0;
    if (this.template.sectionSeparator !== 'thematicBreak') return false;
    return next === undefined || (next.type === 'heading' && next.depth <= 2);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Headings

  private readHeading(node: Heading, i: number): void {
    this.closeOpen();
    const title = phrasingToValue(node.children);
    const candidates = titleCandidates(plainText(node.children));
    if (node.depth === 1 && !this.seenSection) {
      if (!this.readTitle(title)) this.keep(node);
      return;
    }

    const byTitle = this.findSubsection(candidates, node.depth);
    const subsection =
      byTitle ?? (this.isItemHeading(title, node) ? undefined : this.sectionByContent(node, i));
    if (subsection) {
      if (!byTitle) {
        this.warn(
          `The heading “${plainText(node.children).trim()}” was read as the template’s “${subsection.title}” by what it holds; the file keeps its heading.`,
        );
      } else if (candidates[0] !== normalizeTitle(subsection.title)) {
        this.warn(
          `The heading “${plainText(node.children).trim()}” was read as the template’s “${subsection.title}” and is written with that title.`,
        );
      }
      this.used.add(subsection.id);
      this.seenSection = true;
      this.unknownDepth = undefined;
      this.anchor = subsection.id;
      this.scope = this.subsectionScope(subsection);
      return;
    }
    const item = this.readItemHeading(node, title, candidates);
    if (item) return;
    // One of the item's own labels written as a heading (the older layout's `### Acceptance Scenarios`).
    if (this.scope?.item && node.depth >= this.scope.item.depth && this.isItemLabel(candidates)) return;
    if (this.scope?.item && node.depth > this.scope.item.depth && this.unknownDepth === undefined) {
      this.appendToItem(node);
      return;
    }
    if (this.groupingHeading(node)) return;
    if (this.scope?.item) this.leaveItem();
    if (this.seenSection || node.depth > 1) this.seenSection = true;
    this.unknownDepth = node.depth;
    this.keep(node);
  }

  /** A heading in words the template does not know, matched by what follows it (`sectionByContent`). */
  private sectionByContent(node: Heading, i: number): Subsection | undefined {
    return sectionByContent(this.index, node, this.nodes, i + 1, this.end, this.used);
  }

  private isItemHeading(title: string, node: Heading): boolean {
    return this.blockGroups().some(
      (group) => matchItemHeading(group, title, titleCandidates(plainText(node.children))) !== undefined,
    );
  }

  /** The document's H1: the template's title heading, or the title field of a template without one. */
  private readTitle(title: string): boolean {
    const titleField = this.template.titleField;
    if (this.fields[titleField] !== '') return false;
    this.setField(titleField, titleValue(this.template, title));
    this.anchor = 'start';
    return true;
  }

  private findSubsection(candidates: readonly string[], depth: number): Subsection | undefined {
    return findSubsection(this.index, candidates, depth, this.used, this.scope?.subsection);
  }

  private isInside(subsection: Subsection, ancestor: Subsection): boolean {
    return isInside(this.index, subsection, ancestor);
  }

  private subsectionScope(subsection: Subsection): Scope {
    return {
      blocks: subsection.blocks,
      values: this.fields,
      fieldOf: (id) => this.template.fields.find((f) => f.id === id),
      cursor: -1,
      subsection,
    };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Groups written as blocks (a heading per item)

  private blockGroups(): GroupField[] {
    return blockGroups(this.template);
  }

  private readItemHeading(node: Heading, title: string, candidates: readonly string[]): boolean {
    for (const group of this.blockGroups()) {
      const heading = itemHeadingBlock(group);
      if (!heading || group.layout.type !== 'blocks' || Math.abs(heading.depth - node.depth) > 1) continue;
      const values = matchItemHeading(group, title, candidates);
      if (!values) continue;
      const items = this.fields[group.id] as GroupItem[];
      const n = items.length + 1;
      const number = group.idField?.field;
      if (number && values[number] === '') values[number] = itemId(group, n);
      const item = completeItem(group, values);
      items.push(item);
      this.seenSection = true;
      this.unknownDepth = undefined;
      const section = this.index.sectionOfField.get(group.id);
      if (section) this.used.add(section.id);
      this.anchor = group.id;
      this.scope = {
        blocks: group.layout.blocks,
        values: item,
        fieldOf: (id) => group.fields.find((f) => f.id === id),
        cursor: 0,
        item: { group, depth: node.depth, n },
        subsection: section,
      };
      return true;
    }
    return false;
  }

  /** True (and the scope moved past it) when a heading is one of the item's labels (`Acceptance Scenarios`). */
  private isItemLabel(candidates: readonly string[]): boolean {
    const scope = this.scope;
    if (!scope) return false;
    const k = scope.blocks.findIndex(
      (b) =>
        b.type === 'paragraph' &&
        !b.content.some((s) => s.type === 'field') &&
        b.content[0]?.type === 'strong' &&
        b.content[0].children[0]?.type === 'text' &&
        candidates.includes(normalizeTitle(b.content[0].children[0].value)),
    );
    if (k < 0) return false;
    scope.cursor = Math.max(scope.cursor, k);
    return true;
  }

  /**
   * A sub-heading that groups the items of a list field (`#### Storage` over some FRs): the items are read into
   * the field in document order, and the heading is kept as additional content after the list.
   */
  private groupingHeading(node: Heading): boolean {
    const scope = this.scope;
    const section = scope?.subsection;
    if (!scope || scope.item || !section || node.depth <= section.depth || this.unknownDepth !== undefined)
      return false;
    const group = section.blocks
      .map((b) => (b.type === 'field' ? scope.fieldOf(b.field) : undefined))
      .find((f): f is GroupField => f?.kind === 'group' && f.layout.type === 'listItem');
    if (!group || !node.position) return false;
    this.addAdditional(group.id, this.slice(node));
    scope.appendTo = group.id;
    scope.open = undefined;
    this.closeRun();
    if (!this.groupingWarned.has(group.id)) {
      this.groupingWarned.add(group.id);
      this.warn(
        `The ${group.label} were grouped under sub-headings; the items were read in their order and the sub-headings kept as additional content after the list.`,
        group.id,
      );
    }
    return true;
  }

  private readonly groupingWarned = new Set<string>();

  private leaveItem(): void {
    const section = this.scope?.subsection;
    this.scope = section
      ? { ...this.subsectionScope(section), cursor: this.fieldSlot(section, this.scope?.item?.group.id) }
      : undefined;
  }

  private fieldSlot(section: Subsection, fieldId: string | undefined): number {
    return section.blocks.findIndex((b) => b.type === 'field' && b.field === fieldId);
  }

  /** Content of an item the template has no slot for stays in that item: appended to its Markdown field. */
  private appendToItem(node: RootContent): boolean {
    const scope = this.scope;
    if (!scope?.item || !node.position) return false;
    const target = scope.item.group.fields.find((f) => f.kind === 'markdown');
    if (!target) return false;
    const text = this.slice(node);
    const before = scope.values[target.id] as string;
    scope.values[target.id] = before ? `${before}\n\n${text}` : text;
    scope.open = undefined;
    this.warn(
      `Content after the fields of ${scope.item.group.itemName} ${scope.item.n} was added to its ${target.label.toLowerCase()}.`,
      scope.item.group.id,
    );
    return true;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Content blocks inside a scope

  private place(node: RootContent, i: number): boolean {
    const scope = this.scope!;
    const slots = scope.blocks;
    const order = [...slots.keys()]
      .filter((k) => k > scope.cursor)
      .concat([...slots.keys()].filter((k) => k <= scope.cursor));

    if (this.placeStructure(node, order)) return true;
    if (node.type === 'paragraph' && this.placeLabelled(node, order)) return true;
    if (scope.item && node.type === 'paragraph' && this.placeKeywordParagraph(node)) return true;

    // A code block right before the next heading is the code field's (the architecture diagram).
    if (node.type === 'code') {
      for (const k of order) {
        const block = slots[k]!;
        const field = block.type === 'field' ? scope.fieldOf(block.field) : undefined;
        if (
          field?.kind === 'code' &&
          this.isEmpty(scope.values[field.id]) &&
          this.fill(field, node, i, scope)
        ) {
          this.filled(scope, k, field);
          return true;
        }
      }
    }
    // A Markdown field takes the blocks that follow its first one, up to the next heading or slot.
    if (scope.open && node.position && this.contiguous(scope.open.end, node.position.start.offset!)) {
      scope.open.end = node.position.end.offset!;
      scope.values[scope.open.field] = this.source.slice(scope.open.start, scope.open.end);
      return true;
    }
    // Otherwise the first slot, in the template's order from where we are, that takes this kind of block.
    for (const k of order) {
      const block = slots[k]!;
      if (block.type !== 'field') continue;
      const field = scope.fieldOf(block.field);
      if (!field || (!this.isEmpty(scope.values[field.id]) && scope.appendTo !== field.id)) continue;
      if (field.kind === 'markdown') {
        if (k <= scope.cursor || !node.position) continue;
        scope.values[field.id] = this.slice(node);
        this.filled(scope, k, field);
        scope.open = { field: field.id, start: node.position.start.offset!, end: node.position.end.offset! };
        return true;
      }
      if (this.fill(field, node, i, scope)) {
        this.filled(scope, k, field);
        return true;
      }
    }
    // A list or table may belong to a subsection whose heading the document left out (`## Success Criteria`
    // with the SC list right under it).
    if (!scope.item && scope.subsection && (node.type === 'list' || node.type === 'table')) {
      return this.placeInDescendant(scope.subsection, node, i);
    }
    return false;
  }

  /**
   * The template's own text written as Markdown (a compiled template's `**Responses**:` line before a list): it is
   * recognized, not content, and moves the scope past it.
   */
  private placeStructure(node: RootContent, order: readonly number[]): boolean {
    const scope = this.scope!;
    const print = fingerprint(node);
    const k = order.find((index) => {
      const block = scope.blocks[index]!;
      return (
        block.type === 'markdown' &&
        block.role === 'structure' &&
        fingerprintsOf(block.markdown).includes(print)
      );
    });
    if (k === undefined) return false;
    scope.cursor = Math.max(scope.cursor, k);
    scope.open = undefined;
    this.closeRun();
    return true;
  }

  private placeInDescendant(section: Subsection, node: List | Table, i: number): boolean {
    for (const sub of this.index.subsections) {
      if (sub.id === section.id || !this.isInside(sub, section) || this.used.has(sub.id)) continue;
      const scope = this.subsectionScope(sub);
      for (const [k, block] of sub.blocks.entries()) {
        if (block.type !== 'field') continue;
        const field = scope.fieldOf(block.field);
        if (!field || field.kind === 'markdown' || !this.isEmpty(this.fields[field.id])) continue;
        if (field.kind === 'group' && field.layout.type === 'blocks') continue;
        if (this.fill(field, node, i, scope)) {
          this.used.add(sub.id);
          this.scope = scope;
          this.filled(scope, k, field);
          return true;
        }
      }
    }
    return false;
  }

  private filled(scope: Scope, k: number, field: Field): void {
    scope.cursor = k;
    scope.open = undefined;
    this.closeRun();
    if (!scope.item) this.anchor = field.id;
  }

  private isEmpty(value: FieldValue | undefined): boolean {
    return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  }

  private contiguous(end: number, start: number): boolean {
    return this.source.slice(end, start).trim() === '';
  }

  /** Fills a non-markdown field from a block, when the block is of the field's kind (its module says). */
  private fill(field: Field, node: RootContent, i: number, scope: Scope): boolean {
    return kindOf(field).readBlock(field, node, {
      next: this.nodes[i + 1],
      fill: (value) => {
        scope.values[field.id] = value;
      },
      readGroup: (group, block) => this.fillGroup(group, block, scope),
    });
  }

  private fillGroup(group: GroupField, node: RootContent, scope: Scope): boolean {
    const read = readGroupBlock(group, node);
    if (!read) return false;
    const before = scope.appendTo === group.id ? (scope.values[group.id] as GroupItem[]) : [];
    scope.values[group.id] = node.type === 'table' ? read.items : [...before, ...read.items];
    if (read.extraColumns.length > 0) {
      this.warn(
        `The ${group.label} table was read as a list; its other columns (${read.extraColumns.join(', ')}) were kept in each item’s text.`,
        group.id,
      );
    }
    if (read.rest.length > 0) {
      const kept = read.rest.map((item) => this.slice(item)).join('\n');
      this.addAdditional(this.anchorFor(group, scope), kept);
      this.warn(
        `${read.rest.length} item(s) of the ${group.label} list did not have the template’s form and were kept as additional content after it.`,
        group.id,
      );
    }
    return true;
  }

  private anchorFor(field: Field, scope: Scope): string {
    return scope.item ? scope.item.group.id : field.id;
  }

  /** Labelled paragraphs of the scope's template (`**Why this priority**: ...`): the label says the field. */
  private placeLabelled(node: Paragraph, order: number[]): boolean {
    const scope = this.scope!;
    const read = matchLabelledParagraph(scope.blocks, order, node);
    if (!read) return false;
    for (const { field, value } of read.values) scope.values[field] = value;
    scope.cursor = Math.max(scope.cursor, read.slot);
    scope.open = undefined;
    this.closeRun();
    return true;
  }

  /** A nested group's keyword items written as paragraphs (`**Given** a`, `**When** b`, `**Then** c`). */
  private placeKeywordParagraph(node: Paragraph): boolean {
    const scope = this.scope!;
    const group = keywordGroupOf(scope.item!.group);
    if (!group || !readKeywordParagraph(group, scope.values[group.id] as GroupItem[], node)) return false;
    scope.cursor = Math.max(
      scope.cursor,
      scope.blocks.findIndex((b) => b.type === 'field' && b.field === group.id),
    );
    scope.open = undefined;
    return true;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Header: front matter, H1, labelled lines

  private readYaml(value: string): void {
    const result = readFrontMatter(this.template, value);
    if (result.error) {
      this.addAdditional('start', `\`\`\`yaml\n${value}\n\`\`\``);
      this.warn(
        `The front matter could not be read (${result.error}). Its text was kept at the start of the document as a YAML code block; copy the values into the header fields.`,
      );
      return;
    }
    for (const [field, v] of Object.entries(result.values)) this.setField(field, v);
    if (Object.keys(result.extra).length > 0) this.extraFrontMatter = result.extra;
    for (const warning of result.warnings) this.warn(warning);
  }

  private readHeaderBlock(node: RootContent): void {
    const lines = readHeaderLines(this.index, node, this.fields);
    if (!lines) {
      this.keep(node);
      return;
    }
    for (const { field, value } of lines.values) this.setField(field, value);
    if (lines.kept) this.addAdditional('start', lines.kept);
    if (lines.warning) this.warn(lines.warning);
    this.closeRun();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Template text: guidance and footer

  /**
   * Guidance sits before a field in the template (`<!-- ACTION REQUIRED ... -->` then the edge cases): what follows
   * it belongs after that field, even when the field is empty and was left out of the file.
   */
  private afterGuidance(node: RootContent): void {
    const scope = this.scope;
    if (!scope || scope.item || this.unknownDepth !== undefined) return;
    const first = fingerprint(node);
    const k = scope.blocks.findIndex(
      (b, index) => index > scope.cursor && b.type === 'markdown' && fingerprintsOf(b.markdown)[0] === first,
    );
    if (k < 0) return;
    scope.cursor = k;
    const next = scope.blocks[k + 1];
    if (next?.type === 'field') this.anchor = next.field;
  }

  /** How many blocks from `i` are one of the template's guidance blocks (0 when none). */
  private guidanceLength(i: number, end: number): number {
    return guidanceLength(this.index.guidance, this.nodes, i, end);
  }

  /** The footer of a document Specwright wrote is recognized (not duplicated into additional content). */
  private skipFooter(end: number): number {
    const lines = readFooterLines(this.template, this.nodes[end - 1]);
    if (!lines) return end;
    this.footerLines = lines;
    return end - 1;
  }

  /** The footer's lines, when the document ends with a block of the footer's form. */
  private footerLines: string[] | undefined;
  /** The document ends with the footer its fields derive (so a rewrite keeps writing it). */
  footerMatched = false;

  /**
   * After reading: the footer is derived from the fields, so it is dropped only when it says what they say;
   * otherwise it is kept as additional content at the end.
   */
  checkFooter(variants: readonly string[][]): void {
    if (!this.footerLines) return;
    this.footerMatched = footerMatches(this.footerLines, variants);
    if (this.footerMatched) return;
    const last = this.nodes[this.nodes.length - 1]!;
    this.addAdditional(this.anchor, this.slice(last));
    this.warn('The footer did not match the front matter; it was kept as additional content at the end.');
  }

  // -------------------------------------------------------------------------------------------------------------
  // Additional content

  private keep(node: RootContent): void {
    if (!node.position) return;
    const start = node.position.start.offset!;
    const end = node.position.end.offset!;
    const run = this.runs[this.runs.length - 1];
    if (run && this.runOpen && run.anchor === this.anchor && this.contiguous(run.end, start)) run.end = end;
    else {
      this.runs.push({ anchor: this.anchor, start, end });
      this.runOpen = true;
    }
    if (this.scope) this.scope.open = undefined;
  }

  private runOpen = false;

  private closeRun(): void {
    this.runOpen = false;
  }

  private closeOpen(): void {
    if (this.scope) this.scope.open = undefined;
    this.closeRun();
  }

  private flushRuns(): void {
    for (const run of this.runs) this.addAdditional(run.anchor, this.source.slice(run.start, run.end));
    this.runs.length = 0;
  }

  private addAdditional(anchor: string, markdown: string): void {
    const list = this.additional.get(anchor) ?? [];
    list.push(markdown);
    this.additional.set(anchor, list);
  }

  /** Additional content by anchor, in document order inside each anchor. */
  additionalContent(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [anchor, parts] of this.additional) out[anchor] = parts.join('\n\n');
    return out;
  }

  private slice(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): string {
    return this.source.slice(node.position!.start.offset!, node.position!.end.offset!);
  }

  // -------------------------------------------------------------------------------------------------------------

  private setField(id: string, value: FieldValue): void {
    if (id in this.fields) this.fields[id] = value;
  }

  warn(message: string, fieldId?: string): void {
    this.report.warnings.push(fieldId ? { message, fieldId } : { message });
  }
}
