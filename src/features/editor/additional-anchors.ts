import { allSubsections, type Block, type Step, type TemplateDescription } from '../../core';

/** The anchor of additional content before the first section (after the header). */
export const startAnchor = 'start';

/**
 * The step whose form shows the additional content kept at `anchor`: the header for `start` and the header's
 * fields, the section holding the subsection or field otherwise. An anchor the template does not know goes to
 * the last step (the writer puts it at the end of the document).
 */
export function anchorStep(steps: readonly Step[], anchor: string): Step {
  return knownAnchorStep(steps, anchor) ?? steps[steps.length - 1]!;
}

/** The step of an anchor the template knows, or undefined. */
export function knownAnchorStep(steps: readonly Step[], anchor: string): Step | undefined {
  const [header, ...sections] = steps;
  if (anchor === startAnchor || header?.fieldIds.includes(anchor)) return header;
  return sections.find(
    (step) =>
      step.id === anchor ||
      step.fieldIds.includes(anchor) ||
      (step.section !== undefined && subsectionIds(step.section.blocks).includes(anchor)),
  );
}

function subsectionIds(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'subsection' ? [block.id, ...subsectionIds(block.blocks)] : [],
  );
}

/** The accessible name of the "Additional content" field at `anchor`, naming what it follows in the template's words. */
export function additionalLabel(template: TemplateDescription, anchor: string): string {
  if (anchor === startAnchor) return 'Additional content at the start';
  const field = template.fields.find((f) => f.id === anchor);
  if (field) return `Additional content after ${field.label}`;
  const subsection = allSubsections(template).find((sub) => sub.id === anchor);
  if (subsection) return `Additional content under ${subsection.title}`;
  return 'Additional content at the end';
}

/** Whether an anchor can be a form path (`additional.<anchor>`): the reader's anchors always are. */
export function isFormAnchor(anchor: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(anchor);
}
