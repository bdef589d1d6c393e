import type { Root } from 'mdast';
import { createDocument } from '../../document/create-document';
import { comparableMdast } from '../../markdown/mdast-compare';
import { writeMarkdown } from '../../markdown/write-markdown';
import { activeTemplateRegistry } from '../../templates';
import type { TemplateDescription } from '../types';

/** The Markdown of a template's untouched document, with guidance and placeholders (the writer resolves by id). */
export function untouchedMarkdown(description: TemplateDescription): string {
  const registry = activeTemplateRegistry();
  const previous = registry.get(description.id);
  registry.add(description);
  try {
    return writeMarkdown(createDocument(description), { includeGuidance: true, emptyFields: 'placeholder' });
  } finally {
    if (previous) registry.add(previous);
    else registry.remove(description.id);
  }
}

/**
 * mdast for comparison, positions removed. Front matter is compared without the blank lines around it: the
 * writer's YAML never starts with one, and spec-kit's tasks template does (`---\n\ndescription: ...`).
 */
export function comparable(markdown: string): Root {
  const tree = comparableMdast(markdown);
  const first = tree.children[0];
  if (first?.type === 'yaml') first.value = first.value.trim();
  return tree;
}
