import type { CheckRuleId } from './rules/rule-set';

/** Where a case's text goes in a feature spec: a requirement, a success criterion, or an edge case (no role). */
export type CasePlace = 'requirement' | 'criterion' | 'edge-case' | 'tech-requirement' | 'tech-metric';

/** Texts that must (positive) and must not (negative) trigger a rule, at one place of a document. */
export interface RuleCase {
  rule: CheckRuleId;
  place: CasePlace;
  positive: readonly string[];
  negative: readonly string[];
}

/** Per-rule fixtures of the text rules. Item and ID rules are built as documents in the test. */
export const textRuleCases: readonly RuleCase[] = [
  {
    rule: 'placeholder',
    place: 'edge-case',
    positive: [
      'What happens when [boundary condition]?',
      'Export date: [DATE]',
      'Branch [###-feature-name] is used',
      'Run with $ARGUMENTS',
      'Retry [e.g., "three times"]',
      'TODO: decide the limit',
      'Limit is TBD',
      'Who owns this ???',
      'Entity [Entity 3] is kept',
    ],
    negative: [
      'What happens when the export is empty?',
      'Use `$ARGUMENTS` in the shell script',
      'The todo list is exported too',
      'Written on 2026-01-31',
      '```\nTODO in code\n```',
      'A [link](https://example.com) to the policy',
    ],
  },
  {
    rule: 'clarification',
    place: 'requirement',
    positive: ['System MUST keep exports for [NEEDS CLARIFICATION: retention period?]'],
    negative: ['System MUST keep exports for 30 days', 'System MUST log `[NEEDS CLARIFICATION: x]` lines'],
  },
  {
    rule: 'vague-term',
    place: 'requirement',
    positive: [
      'System MUST notify relevant admins',
      'System MUST retry a few times',
      'System MUST keep approximately 10 copies',
      'Some users MUST see the banner',
    ],
    negative: [
      'System MUST notify the account owner',
      'System MUST keep `some` flag',
      'System MUST handle awesome files',
    ],
  },
  {
    rule: 'escape-clause',
    place: 'requirement',
    positive: ['System MUST compress exports where possible', 'System MUST retry if necessary'],
    negative: ['System MUST compress exports larger than 10 MB'],
  },
  {
    rule: 'open-ended',
    place: 'requirement',
    positive: [
      'System MUST export projects, tasks, etc.',
      'System MUST export records including but not limited to tasks',
      'System MUST export tasks, comments and so on',
    ],
    negative: ['System MUST export projects, tasks and comments'],
  },
  {
    rule: 'superfluous-infinitive',
    place: 'requirement',
    positive: ['Users MUST be able to cancel an export', 'System MUST be capable of resuming an export'],
    negative: ['System MUST allow users to cancel an export'],
  },
  {
    rule: 'and-or',
    place: 'requirement',
    positive: ['System MUST email and/or notify the owner', 'System MUST support read/write access'],
    negative: ['System MUST email the owner and notify the admin', 'System MUST support I/O of 24/7 jobs'],
  },
  {
    rule: 'subjective',
    place: 'requirement',
    positive: ['System MUST provide a fast download', 'The export page MUST be user-friendly'],
    negative: ['System MUST start the download within 2 seconds', 'System MUST set the `fast` flag'],
  },
  {
    rule: 'no-keyword',
    place: 'requirement',
    positive: ['The export page lists past exports', 'Users should see past exports'],
    negative: ['System MUST list past exports', 'The system shall list past exports'],
  },
  {
    rule: 'no-keyword',
    place: 'tech-requirement',
    positive: [],
    negative: ['Users can export reports as CSV'],
  },
  {
    rule: 'several-keywords',
    place: 'requirement',
    positive: ['System MUST queue the job and MUST email the owner'],
    negative: ['System MUST NOT queue a second job', 'System MUST queue the job'],
  },
  {
    rule: 'not-measurable',
    place: 'criterion',
    positive: ['Users are happy with exports', 'Exports are quick'],
    negative: [
      'Users can complete account creation in under 2 minutes',
      'System handles 1000 concurrent users without degradation',
      '90% of users successfully complete primary task on first attempt',
      'Reduce support tickets related to exports by 50%',
      'Exports finish within a minute',
      'Two thirds of admins schedule an export',
    ],
  },
  {
    rule: 'not-measurable',
    place: 'tech-metric',
    positive: ['Good'],
    negative: ['< 200 ms', '99.9%', '10000 users'],
  },
  {
    rule: 'technology',
    place: 'criterion',
    positive: [
      'API p95 latency under 200 ms',
      'Redis hit rate above 90%',
      'The database holds 1 million rows',
    ],
    negative: ['Users see their export in under 2 minutes', 'Admins react within 5 minutes'],
  },
  {
    rule: 'technology',
    place: 'tech-metric',
    positive: [],
    negative: ['< 200 ms API latency'],
  },
];
