import type { Heading, RootContent } from 'mdast';
import type { GroupField, Subsection, TemplateDescription } from '../../template/types';
import { readGroupListItem, readGroupTable, simpleItem } from './fields';
import { phrasingToValue, plainText } from './inline';
import { matchItemHeading } from './match-item-heading';
import { titleCandidates } from './match-title';
import type { TemplateIndex } from './template-index';

/** The template's groups written as blocks, a heading per item. */
export function blockGroups(template: TemplateDescription): GroupField[] {
  return template.fields.filter((f): f is GroupField => f.kind === 'group' && f.layout.type === 'blocks');
}

/**
 * A heading in words the template does not know (another language) matched by what follows it, up to the next
 * heading of its level (`nodes` before `end`): the items of a repeatable group (`### ユーザーストーリー 1 ...` item
 * headings, or a list of `**FR-001**: ...` items) say which part of the template it is. Subsections in `used` are
 * not matched again.
 */
export function sectionByContent(
  index: TemplateIndex,
  heading: Heading,
  nodes: readonly RootContent[],
  from: number,
  end: number,
  used: ReadonlySet<string>,
): Subsection | undefined {
  const template = index.template;
  const fieldIds = new Set<string>();
  for (let k = from; k < end; k++) {
    const next = nodes[k]!;
    if (next.type === 'heading') {
      if (next.depth <= heading.depth) break;
      const title = phrasingToValue(next.children);
      for (const group of blockGroups(template)) {
        if (matchItemHeading(group, title, titleCandidates(plainText(next.children)))) fieldIds.add(group.id);
      }
      continue;
    }
    if (next.type !== 'list' && next.type !== 'table') continue;
    for (const field of template.fields) {
      if (field.kind !== 'group' || field.layout.type !== 'listItem' || !field.idField?.scheme.prefix)
        continue;
      const items = next.type === 'list' ? next.children : [];
      const read = items.filter((item) => {
        const content = simpleItem(item);
        return content && readGroupListItem(field, content) !== undefined;
      });
      if (read.length >= 1 && read.length * 2 >= items.length) fieldIds.add(field.id);
      else if (next.type === 'table' && readGroupTable(field, next)) fieldIds.add(field.id);
    }
  }
  let best: Subsection | undefined;
  for (const id of fieldIds) {
    // The field's own subsection, or the ancestor of it nearest to this heading's level.
    let candidate = index.sectionOfField.get(id);
    while (candidate && candidate.depth > heading.depth) {
      const parent = index.parentOf.get(candidate.id);
      if (!parent) break;
      candidate = parent;
    }
    if (candidate && !used.has(candidate.id) && Math.abs(candidate.depth - heading.depth) <= 1) {
      if (!best || candidate.depth > best.depth) best = candidate;
    }
  }
  return best;
}
