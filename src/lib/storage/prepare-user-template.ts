import { type CompileResult, compileTemplate } from '../../core/template/compile/compile-template';
import type { TemplateRegistry } from '../../core/template/registry';
import { isTemplateId } from '../../core/templates';
import { textHash } from '../text-hash';

// Apart from the store: compiling needs the Markdown parser, which the app's start (loading the stored templates)
// does not.

/**
 * Compiles a user's Markdown template for the "confirm" step, with an id no template on offer has (`user-` + its
 * name). Bad templates (empty, binary, over 1 MB, no headings, a description the schema rejects) give messages.
 */
export function prepareUserTemplate(markdown: string, registry: TemplateRegistry): CompileResult {
  const first = compileTemplate(markdown);
  if (!first.ok) return first;
  // The id ends with a hash of the text: documents carry their template's id, and one id must never name two
  // different templates (a template removed, then another added under its name).
  const base = `user-${first.description.id}`.slice(0, 48);
  let id = `${base}-${textHash(markdown)}`;
  for (let n = 2; registry.has(id) || isTemplateId(id); n += 1) id = `${base}-${textHash(markdown)}-${n}`;
  const compiled = compileTemplate(markdown, { id });
  // Its version is its text: the documents made from it record which text that was.
  return compiled.ok
    ? { ...compiled, description: { ...compiled.description, version: textHash(markdown) } }
    : compiled;
}
