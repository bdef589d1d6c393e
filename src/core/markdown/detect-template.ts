import type { Heading, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { normalizeText } from '../import/check-import-input';
import type { TemplateId } from '../template/types';
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
 * labelled header lines, using each template's description.
 */
export function detectTemplate(markdown: string): TemplateDetection {
  const tree = parseMarkdown(normalizeText(markdown));
  const scores = new Map<TemplateId, { score: number; strong: boolean; evidence: string[] }>();
  for (const template of templates) scores.set(template.id, { score: 0, strong: false, evidence: [] });
  const add = (id: TemplateId, points: number, evidence: string, strong = false) => {
    const entry = scores.get(id)!;
    entry.score += points;
    entry.strong ||= strong;
    entry.evidence.push(evidence);
  };

  const yaml = tree.children.find((n) => n.type === 'yaml');
  if (yaml?.type === 'yaml') {
    const type = readType(yaml.value);
    for (const template of templates) {
      const constKey = template.frontMatter?.keys.find((k) => 'const' in k);
      if (constKey && 'const' in constKey && type === constKey.const) {
        add(template.id, 10, `front matter “${constKey.key}: ${type}”`, true);
      } else if (template.frontMatter && type === undefined) {
        add(template.id, 1, 'YAML front matter');
      }
    }
  }

  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  for (const template of templates) {
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

  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
  const [bestId, best] = ranked[0]!;
  const second = ranked[1]?.[1];
  const clear = !second || best.score >= second.score * 2;
  // One or two matching words (a README with "## Overview") are not evidence of a spec.
  const confidence = best.strong && clear ? 'strong' : best.strong || best.score >= 3 ? 'weak' : 'none';
  return { template: bestId, confidence, evidence: best.evidence };
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
