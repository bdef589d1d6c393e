import type { CheckRuleId } from './rules/rule-set';

/** How much a finding matters: errors are defects, warnings weaken the spec, suggestions are worth a look. */
export type FindingSeverity = 'error' | 'warning' | 'suggestion';

/** One thing a spec check found. */
export interface SpecFinding {
  /** Stable across edits elsewhere (rule, item ID, field, what was found): what a dismissal remembers. */
  key: string;
  rule: CheckRuleId;
  severity: FindingSeverity;
  /** The item it is about, by its ID as the reader knows it: "FR-006", "SC-002", "User Story 2". */
  subject: string;
  /** The field inside the item, in the template's words ("Why this priority"); empty when the item is the field. */
  field: string;
  /** Dotted form path of the value (`fields.functionalRequirements.5.text`), to focus its control. */
  path: string;
  /** The top-level field the value belongs to (to find its section). */
  fieldId: string;
  /** What the rule says about it, in one sentence. */
  message: string;
}

/** The severity of each rule: one place, whatever the language. */
export const ruleSeverity: { [K in CheckRuleId]: FindingSeverity } = {
  placeholder: 'warning',
  clarification: 'warning',
  'clarification-limit': 'error',
  'vague-term': 'warning',
  'escape-clause': 'warning',
  'open-ended': 'warning',
  'superfluous-infinitive': 'warning',
  'and-or': 'warning',
  subjective: 'warning',
  'no-keyword': 'warning',
  'several-keywords': 'warning',
  'not-measurable': 'warning',
  technology: 'warning',
  'story-why': 'warning',
  'story-test': 'warning',
  'story-scenarios': 'error',
  'scenario-incomplete': 'warning',
  'unknown-reference': 'error',
  'duplicate-id': 'error',
  'id-gap': 'suggestion',
  ears: 'suggestion',
};
