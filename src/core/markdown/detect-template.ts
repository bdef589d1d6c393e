import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { normalizeText } from '../import/check-import-input';
import type { Field, GroupField, IdScheme, TemplateDescription, TemplateId } from '../template/types';
import { templates } from '../templates';
import { parseMarkdown } from './processor';
import { plainText, splitLabelled } from './read/inline';
import { titleCandidates } from './read/match-title';
import { indexTemplate, titleMatches } from './read/template-index';

/** Which template a document follows, how sure that is, and why (for the template choice dialog). */
export interface TemplateDetection {
  template: TemplateId;
  /** strong: front matter `type` or the template's H1, or most of its sections; weak: some sections; none: nothing. */
  confidence: 'strong' | 'weak' | 'none';
  evidence: string[];
}

/**
 * Detects the template of a Markdown document from its front matter `type`, its H1, its section headings and its
 * labelled header lines, using each template's description. `tree` is the normalized text parsed, when the caller
 * has it (detection only reads it). `candidates` are the templates to choose from: the app passes every template
 * on offer (a user's and a team's too); by default, the hand-described ones.
 */
export function detectTemplate(
  markdown: string,
  tree: Root = parseMarkdown(normalizeText(markdown)),
  candidates: readonly TemplateDescription[] = templates,
): TemplateDetection {
  const scores = new Map<TemplateId, { score: number; strong: boolean; evidence: string[] }>();
  for (const template of candidates) scores.set(template.id, { score: 0, strong: false, evidence: [] });
  const add = (id: TemplateId, points: number, evidence: string, strong = false) => {
    const entry = scores.get(id)!;
    entry.score += points;
    entry.strong ||= strong;
    entry.evidence.push(evidence);
  };

  const yaml = tree.children.find((n) => n.type === 'yaml');
  if (yaml?.type === 'yaml') {
    const type = readType(yaml.value);
    for (const template of candidates) {
      const constKey = template.frontMatter?.keys.find((k) => 'const' in k);
      if (constKey && 'const' in constKey && type === constKey.const) {
        add(template.id, 10, `front matter “${constKey.key}: ${type}”`, true);
      } else if (template.frontMatter && type === undefined) {
        add(template.id, 1, 'YAML front matter');
      }
    }
  }

  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  for (const template of candidates) {
    const index = indexTemplate(template);
    const h1 = template.header.blocks.find((b) => b.type === 'heading' && b.depth === 1);
    const lead = h1?.type === 'heading' && h1.content[0]?.type === 'text' ? h1.content[0].value : undefined;
    const firstH1 = headings.find((h) => h.depth === 1);
    if (lead && firstH1) {
      const words = titleCandidates(lead.replace(/[:：]\s*$/u, ''))[0]!.split(' ');
      const title = titleCandidates(plainText(firstH1.children).split(/[:：]/u)[0] ?? '')[0]!;
      if (title.split(' ')[0] === words[0] && title.includes(words[1]?.slice(0, 4) ?? '')) {
        add(template.id, 10, `title “${plainText(firstH1.children)}”`, true);
      }
    }
    const matched = new Set<string>();
    for (const heading of headings) {
      const candidates = titleCandidates(plainText(heading.children));
      const sub = index.subsections.find((s) => !matched.has(s.id) && titleMatches(index, s, candidates));
      if (sub) matched.add(sub.id);
    }
    const sections = template.sections.filter((s) => matched.has(s.id));
    const total = matched.size;
    if (total > 0) {
      add(
        template.id,
        total + sections.length,
        `${total} of its ${index.subsections.length} headings (${sections.map((s) => s.title).join(', ') || 'subsections only'})`,
      );
    }
    if (
      sections.length >= Math.min(3, template.sections.length) &&
      sections.length * 2 >= template.sections.length
    ) {
      scores.get(template.id)!.strong = true;
    }
    const labels = headerLabels(
      tree.children,
      index.headerLabels.map((l) => l.label.toLowerCase()),
    );
    if (labels.length > 0)
      add(template.id, labels.length, `header lines ${labels.map((l) => `“${l}”`).join(', ')}`);
  }

  // Structure says it in any language: the template's ID schemes (FR-001, SC-001), prioritized item headings
  // (`(優先度: P1)`), scenario lists of bold keywords, `[NEEDS CLARIFICATION` markers.
  for (const template of candidates) {
    const found = structuralEvidence(template, tree.children, markdown);
    if (found.points > 0) {
      add(template.id, found.points, found.evidence.join('; '), found.points >= 6);
    }
  }

  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
  const [bestId, best] = ranked[0]!;
  const second = ranked[1]?.[1];
  const clear = !second || best.score >= second.score * 2;
  // One or two matching words (a README with "## Overview") are not evidence of a spec.
  const confidence = best.strong && clear ? 'strong' : best.strong || best.score >= 3 ? 'weak' : 'none';
  return { template: bestId, confidence, evidence: best.evidence };
}

/** Evidence of a template in a document's structure, drawn from what the template's description says. */
function structuralEvidence(
  template: TemplateDescription,
  children: readonly RootContent[],
  markdown: string,
): { points: number; evidence: string[] } {
  const evidence: string[] = [];
  let points = 0;
  // IDs written exactly as the template numbers them (FR-001 is not FR-1).
  for (const scheme of idSchemes(template.fields)) {
    if (!scheme.prefix) continue;
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegex(scheme.prefix)}\\d{${scheme.digits}}(?![\\p{N}])`,
      'gu',
    );
    const ids = new Set(markdown.match(re) ?? []);
    if (ids.size >= 2) {
      points += 2;
      evidence.push(`${ids.size} ${scheme.prefix}${'#'.repeat(scheme.digits)} IDs`);
    }
  }
  // Item headings with one of the template's options in brackets (priorities: `(Priority: P1)`, `（優先度：P2）`).
  const headings = children.filter((n): n is Heading => n.type === 'heading');
  for (const group of groups(template.fields)) {
    if (group.layout.type !== 'blocks') continue;
    const heading = group.layout.blocks.find((b) => b.type === 'heading');
    if (heading?.type !== 'heading') continue;
    const options = heading.content
      .flatMap((s) => (s.type === 'field' ? [s.field] : []))
      .map((id) => group.fields.find((f) => f.id === id))
      .flatMap((f) => (f?.kind === 'choice' ? f.options : []));
    if (options.length === 0) continue;
    const items = headings.filter((h) => {
      const text = plainText(h.children).normalize('NFKC');
      const bracket = /\(([^()]*)\)\s*$/u.exec(text)?.[1] ?? '';
      return options.some((o) => new RegExp(`(?:^|[\\s:])${escapeRegex(o)}(?:$|[\\s-])`, 'u').test(bracket));
    });
    if (items.length >= 1) {
      points += Math.min(6, 3 * items.length);
      evidence.push(`${items.length} ${group.itemName} headings with a priority`);
    }
    // Its nested list of keyword items: `1. **Given** ..., **When** ..., **Then** ...`, in any words.
    for (const nested of groups(group.fields)) {
      if (nested.layout.type !== 'listItem' || !nested.layout.ordered) continue;
      const keywords = nested.layout.patterns[0]?.filter((s) => s.type === 'strong').length ?? 0;
      if (keywords < 2) continue;
      const scenarios = children
        .filter((n): n is List => n.type === 'list' && n.ordered === true)
        .flatMap((list) => list.children)
        .filter((item) => countStrong(item) >= keywords);
      if (scenarios.length >= 2) {
        points += 2;
        evidence.push(`${scenarios.length} ${nested.itemName}s of ${keywords} bold keywords`);
      }
    }
  }
  const marker = templateMarker(template);
  if (marker && markdown.includes(marker)) {
    points += 1;
    evidence.push(`“${marker}” markers`);
  }
  return { points, evidence };
}

function* groups(fields: readonly Field[]): Generator<GroupField> {
  for (const field of fields) if (field.kind === 'group') yield field;
}

function idSchemes(fields: readonly Field[]): IdScheme[] {
  const out: IdScheme[] = [];
  for (const field of fields) {
    if (field.kind === 'group') {
      if (field.idField) out.push(field.idField.scheme);
      out.push(...idSchemes(field.fields));
    } else if (field.kind === 'table') {
      for (const column of field.columns) if (column.id) out.push(column.id);
    }
  }
  return out;
}

function countStrong(node: RootContent | ListItem): number {
  if (node.type === 'strong') return 1;
  return 'children' in node ? (node.children as RootContent[]).reduce((n, c) => n + countStrong(c), 0) : 0;
}

/** A bracketed marker the template's own text teaches (`[NEEDS CLARIFICATION`), if any. */
function templateMarker(template: TemplateDescription): string | undefined {
  const text = JSON.stringify(template.sections);
  return /\[NEEDS CLARIFICATION/u.test(text) ? '[NEEDS CLARIFICATION' : undefined;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function readType(yamlText: string): string | undefined {
  try {
    const data = parseYaml(yamlText) as unknown;
    if (data && typeof data === 'object' && 'type' in data) return String((data as { type: unknown }).type);
  } catch {
    // Malformed front matter is reported by the reader; here it is just no evidence.
  }
  return undefined;
}

/** Labelled header lines (`**Feature Branch**: ...`) before the first `##` heading that name header fields. */
function headerLabels(children: readonly RootContent[], known: readonly string[]): string[] {
  const out: string[] = [];
  for (const node of children) {
    if (node.type === 'heading' && node.depth >= 2) break;
    const paragraphs = node.type === 'paragraph' ? [node] : node.type === 'blockquote' ? node.children : [];
    for (const p of paragraphs) {
      if (p.type !== 'paragraph') continue;
      for (const entry of splitLabelled(p.children).entries) {
        if (known.includes(entry.label.toLowerCase()) && !out.includes(entry.label)) out.push(entry.label);
      }
    }
  }
  return out;
}
