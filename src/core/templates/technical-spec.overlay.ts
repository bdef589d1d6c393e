import type { ColumnOverlay, TemplateOverlay } from '../template/overlay';

// The technical spec is its Markdown (`technical-spec.md`) and this overlay: words, options, rules and roles, and
// the ids its drafts have always stored values under. Everything else comes from compiling the Markdown.

const idColumn: ColumnOverlay = { role: 'id' };

export const technicalSpecOverlay: TemplateOverlay = {
  id: 'technical-spec',
  // Raise it with every change to the fields: drafts made under the older one say so when they open.
  version: 1,
  name: 'Technical Specification',
  summary:
    'Design a system or feature: goals, requirement tables, architecture, implementation, testing and rollout.',
  checks: { maxClarifications: 3, requirementKeyword: false },
  optionalFrontMatter: [
    {
      id: 'reviewers',
      kind: 'list',
      label: 'Reviewers',
      itemName: 'reviewer',
      placeholder: '[Reviewer {n}]',
      guidance:
        'Optional: people who review this specification. Written to the front matter only when given.',
      required: false,
      initialItems: [],
    },
  ],
  fields: {
    title: { guidance: 'The name of the feature or system this specification describes.', required: true },
    date: { guidance: 'The date of this version, as YYYY-MM-DD.', required: true },
    status: { options: ['Draft', 'Review', 'Approved', 'Implemented'] },
    overview: {
      guidance: 'What this specification covers, in a few sentences.',
      required: true,
      aliases: ['Summary', 'Introduction', 'Executive Summary'],
    },
    goals: { guidance: 'What this work must achieve, one goal per item.', required: true },
    nonGoals: { guidance: 'What is deliberately out of scope.' },
    background: { guidance: 'Context and motivation for this feature or system.' },
    problem: { aliases: ['Problem Statement'] },
    functionalRequirements: {
      itemName: 'functional requirement',
      guidance: 'What the system must do. Priorities: Must, Should, Could.',
      required: true,
      columns: {
        ref: idColumn,
        requirement: { required: true, role: 'requirement' },
        priority: { required: true, options: ['Must', 'Should', 'Could'] },
      },
    },
    nonFunctionalRequirements: {
      itemName: 'non-functional requirement',
      guidance: 'Qualities the system must have, each with a measurable metric.',
      columns: {
        ref: idColumn,
        requirement: { placeholder: '[Requirement]', required: true },
        metric: { placeholder: '[Metric]', required: true, role: 'success-criterion' },
      },
    },
    architecture: {
      guidance: 'How the system is put together. Use the diagram field for an ASCII diagram.',
      required: true,
    },
    architecture2: {
      id: 'architectureDiagram',
      label: 'Architecture diagram',
      guidance: 'An ASCII diagram or component layout, written as a code block.',
    },
    components: { itemName: 'component', columns: { component: { required: true } } },
    interfaces: { itemName: 'interface', columns: { interface: { key: 'name', required: true } } },
    dependencies: { itemName: 'dependency', columns: { dependency: { required: true } } },
    configuration: { itemName: 'configuration parameter', columns: { parameter: { required: true } } },
    testCases: {
      itemName: 'test case',
      columns: {
        ref: idColumn,
        scenario: { required: true },
        expectedResult: { key: 'expected', required: true },
      },
    },
    acceptanceCriteria: { itemName: 'acceptance criterion' },
    phases: { itemName: 'phase', columns: { phase: idColumn, scope: { required: true } } },
    openQuestions: { itemName: 'open question' },
  },
  sections: {
    overviewSection: {
      required: true,
      description: 'What this specification covers, and what it sets out to do and not to do.',
    },
    goalsSection: { required: true },
    nonGoalsSection: { aliases: ['Out of Scope'] },
    backgroundSection: {
      description: 'Why this work is needed: how things are now and what has to change.',
      aliases: ['Context', 'Motivation'],
    },
    problemSection: { aliases: ['Problem Statement'] },
    requirementsSection: {
      required: true,
      description: 'What the system must do, and the qualities it must have.',
    },
    functionalRequirementsSection: { required: true },
    designSection: {
      required: true,
      description: 'How the system is built: architecture, components and interfaces.',
      aliases: ['Technical Design'],
    },
    architectureSection: { required: true },
    implementationSection: { description: 'How it will be built: approach, dependencies and configuration.' },
    testingSection: {
      description: 'How the work is verified: test cases and acceptance criteria.',
      aliases: ['Testing Strategy', 'Test Plan'],
    },
    rolloutSection: {
      description: 'How the change reaches users, and how to undo it.',
      aliases: ['Deployment', 'Rollout Plan'],
    },
    rollbackPlanSection: { aliases: ['Rollback'] },
    openQuestionsSection: { description: 'What is still undecided. Tick a question once it is answered.' },
  },
};
