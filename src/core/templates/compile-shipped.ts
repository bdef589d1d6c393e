import { compileTemplate } from '../template/compile/compile-template';
import { parseTemplateDescription } from '../template/description-schema';
import { applyOverlay, type TemplateOverlay } from '../template/overlay';
import type { TemplateDescription } from '../template/types';

/** Compiles a template shipped as Markdown and applies its overlay; a shipped template that fails is a bug. */
export function compileShipped(markdown: string, overlay: TemplateOverlay): TemplateDescription {
  const compiled = compileTemplate(markdown, { id: overlay.id });
  if (!compiled.ok) throw new Error(`Template ${overlay.id}: ${compiled.messages.join('; ')}`);
  const checked = parseTemplateDescription(applyOverlay(compiled.description, overlay));
  if (!checked.ok) throw new Error(`Template ${overlay.id}: ${checked.messages.join('; ')}`);
  return checked.description;
}
