import { englishRules } from './en';
import type { CheckRuleSet } from './rule-set';

export { englishRules } from './en';
export * from './rule-set';

/** The rule sets shipped, by language. */
export const checkRuleSets: Readonly<Record<string, CheckRuleSet>> = { en: englishRules };

/** The rule set for a language tag (`en-GB` uses `en`); English when there is none for it. */
export function ruleSetFor(language = 'en'): CheckRuleSet {
  return checkRuleSets[language] ?? checkRuleSets[language.split('-')[0] ?? ''] ?? englishRules;
}
