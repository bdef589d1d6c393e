import type { TemplateDescription } from '../template/types';
import type { CheckRuleId, CheckRuleSet } from './rules/rule-set';
import { ruleSeverity, type SpecFinding } from './spec-finding';

/** What the rules of one run share: the words, the template, the options, and where findings go. */
export interface CheckContext {
  rules: CheckRuleSet;
  template: TemplateDescription;
  ears: boolean;
  /** Adds a finding, once; `distinct` tells apart findings that would otherwise share a key (duplicates). */
  report(rule: CheckRuleId, at: FindingPlace, detail?: string, distinct?: string): void;
}

/** Where a finding is: the fields of a text unit or an item. */
export interface FindingPlace {
  path: string;
  fieldId: string;
  subject: string;
  field?: string;
}

/** A context whose findings are pushed onto `out`, each once (by key). */
export function createCheckContext(
  rules: CheckRuleSet,
  template: TemplateDescription,
  ears: boolean,
  out: SpecFinding[],
): CheckContext {
  const seen = new Set<string>();
  return {
    rules,
    template,
    ears,
    report(rule, at, detail = '', distinct) {
      const field = at.field ?? '';
      const key = [rule, at.subject, field, detail, ...(distinct ? [distinct] : [])].join('|');
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        key,
        rule,
        severity: ruleSeverity[rule],
        subject: at.subject,
        field,
        path: at.path,
        fieldId: at.fieldId,
        message: rules.messages[rule](detail),
      });
    },
  };
}
