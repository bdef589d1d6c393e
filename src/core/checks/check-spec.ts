import type { SpecDocument } from '../document/spec-document';
import type { TemplateDescription } from '../template/types';
import { createCheckContext } from './check-context';
import { collectUnits } from './collect-units';
import { checkIds } from './id-rules';
import { checkItem } from './item-rules';
import { ruleSetFor } from './rules';
import type { CheckRuleSet } from './rules/rule-set';
import type { SpecFinding } from './spec-finding';
import { type ClarificationFound, checkText } from './text-rules';

/** How to run the spec checks on one document. */
export interface SpecCheckOptions {
  /** Also check that requirements follow an EARS pattern (off by default; a per-document choice). */
  ears?: boolean;
  /** The words to check with; English when absent. */
  rules?: CheckRuleSet;
}

/**
 * The spec checks: a deterministic reviewer of a document. It finds what makes a spec ambiguous, untestable or
 * incomplete (placeholders left in, open clarifications, vague or untestable wording, requirements without a single
 * MUST, unmeasurable success criteria, stories without their parts, IDs cited but never declared), by the fields'
 * roles in the template, never by template or field id. Text in code spans and code blocks is never read.
 *
 * Pure and deterministic: the same document and options always give the same findings, in document order. Never
 * throws, whatever the document holds.
 */
export function checkSpec(
  template: TemplateDescription,
  doc: SpecDocument,
  options: SpecCheckOptions = {},
): SpecFinding[] {
  const findings: SpecFinding[] = [];
  const rules = options.rules ?? ruleSetFor('en');
  const ctx = createCheckContext(rules, template, options.ears ?? false, findings);
  const units = collectUnits(template, doc);
  const markers: ClarificationFound[] = [];
  for (const entry of units.ordered) {
    if (entry.kind === 'item') checkItem(ctx, entry.unit);
    else markers.push(...checkText(ctx, entry.unit));
  }
  const limit = template.checks?.maxClarifications;
  if (limit !== undefined && markers.length > limit) {
    const past = markers[limit]!;
    ctx.report('clarification-limit', past.unit, `${markers.length} (at most ${limit})`);
  }
  checkIds(ctx, units.texts);
  return findings;
}
