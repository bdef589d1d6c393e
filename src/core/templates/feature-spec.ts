import type { Field, FieldRole, GroupField, Section, Segment, TemplateDescription } from '../template/types';
import {
  clarificationExampleGuidance,
  constitutionComplianceDefault,
  documentationRequirementsDefault,
  edgeCasesComment,
  languagePreferencesDefault,
  requirementsComment,
  successCriteriaComment,
  userScenariosComment,
} from './feature-spec-text';

const text = (value: string): Segment => ({ type: 'text', value });
const field = (id: string): Segment => ({ type: 'field', field: id });
const strong = (...children: Segment[]): Segment => ({ type: 'strong', children });

/** Priorities: P1 is the most critical; real specs also use P0 and finer levels. */
const storyPriorities = ['P1', 'P2', 'P3', 'P4', 'P5', 'P0'] as const;
const statuses = ['Draft', 'In Review', 'Approved', 'Implemented', 'Superseded'] as const;

const acceptanceScenarios: GroupField = {
  id: 'scenarios',
  kind: 'group',
  label: 'Acceptance Scenarios',
  itemName: 'acceptance scenario',
  placeholder: '',
  guidance:
    'Each scenario in Given / When / Then form: the starting state, the action, the expected outcome.',
  required: true,
  minItems: 1,
  role: 'acceptance-scenario',
  fields: [
    {
      id: 'given',
      kind: 'text',
      label: 'Given',
      placeholder: '[initial state]',
      required: true,
      role: 'scenario-given',
    },
    {
      id: 'when',
      kind: 'text',
      label: 'When',
      placeholder: '[action]',
      required: true,
      role: 'scenario-when',
    },
    {
      id: 'then',
      kind: 'text',
      label: 'Then',
      placeholder: '[expected outcome]',
      required: true,
      role: 'scenario-then',
    },
    {
      id: 'text',
      kind: 'text',
      label: 'Scenario as free text',
      placeholder: '',
      guidance:
        'Used instead of Given / When / Then when those are empty (an imported scenario that does not split).',
      required: false,
    },
  ],
  layout: {
    type: 'listItem',
    ordered: true,
    patterns: [
      [
        strong(text('Given')),
        text(' '),
        field('given'),
        text(', '),
        strong(text('When')),
        text(' '),
        field('when'),
        text(', '),
        strong(text('Then')),
        text(' '),
        field('then'),
      ],
      [field('text')],
    ],
  },
  initialItems: [{}],
};

const userStories: GroupField = {
  id: 'userStories',
  kind: 'group',
  label: 'User Stories',
  itemName: 'user story',
  placeholder: '',
  guidance:
    'User stories are prioritized user journeys, ordered by importance. Each must be independently testable: ' +
    'implementing just one of them should still give a viable MVP that delivers value. Assign priorities ' +
    '(P1, P2, P3 ...), where P1 is the most critical.',
  required: true,
  minItems: 1,
  role: 'user-story',
  // Heading words real specs use instead of "User Story" (`### US-1: ...`, the older `### Primary User Story`).
  aliases: ['US', 'Story', 'Primary User Story'],
  idField: { field: 'number', scheme: { prefix: '', digits: 1, regex: '^\\d+$' } },
  titleField: 'title',
  fields: [
    { id: 'number', kind: 'text', label: 'Story number', placeholder: '{n}', required: true, role: 'id' },
    { id: 'title', kind: 'text', label: 'Title', placeholder: '[Brief Title]', required: true },
    {
      id: 'priority',
      kind: 'choice',
      label: 'Priority',
      placeholder: 'P{n}',
      options: storyPriorities,
      required: true,
      guidance: 'P1 is the most critical.',
    },
    {
      id: 'description',
      kind: 'markdown',
      label: 'Description',
      placeholder: '[Describe this user journey in plain language]',
      required: true,
    },
    {
      id: 'whyPriority',
      kind: 'text',
      label: 'Why this priority',
      placeholder: '[Explain the value and why it has this priority level]',
      required: true,
      role: 'story-why',
    },
    {
      id: 'independentTest',
      kind: 'text',
      label: 'Independent Test',
      placeholder: '[Describe how this can be tested independently]',
      guidance: 'How this story can be tested on its own, and the value it delivers then.',
      required: true,
      role: 'story-test',
    },
    acceptanceScenarios,
  ],
  layout: {
    type: 'blocks',
    separator: 'thematicBreak',
    blocks: [
      {
        type: 'heading',
        depth: 3,
        content: [
          text('User Story '),
          field('number'),
          text(' - '),
          field('title'),
          text(' (Priority: '),
          field('priority'),
          text(')'),
        ],
      },
      { type: 'field', field: 'description' },
      { type: 'paragraph', content: [strong(text('Why this priority')), text(': '), field('whyPriority')] },
      {
        type: 'paragraph',
        content: [strong(text('Independent Test')), text(': '), field('independentTest')],
      },
      { type: 'paragraph', content: [strong(text('Acceptance Scenarios')), text(':')] },
      { type: 'field', field: 'scenarios' },
    ],
  },
  initialItems: [
    {
      values: { priority: 'P1' },
      placeholders: {
        independentTest:
          '[Describe how this can be tested independently - e.g., "Can be fully tested by [specific action] and delivers [specific value]"]',
      },
      counts: { scenarios: 2 },
    },
    { values: { priority: 'P2' } },
    { values: { priority: 'P3' } },
  ],
};

/** `- **FR-001**: text`: an id in bold, a colon, the text. */
const idItems = (
  id: string,
  label: string,
  itemName: string,
  prefix: string,
  placeholder: string,
  initial: readonly string[],
  guidance: string,
  role: FieldRole,
): GroupField => ({
  id,
  kind: 'group',
  label,
  itemName,
  placeholder: '',
  guidance,
  required: true,
  minItems: 1,
  idField: { field: 'ref', scheme: { prefix, digits: 3, regex: `^${prefix}\\d{3}$` } },
  fields: [
    { id: 'ref', kind: 'text', label: 'ID', placeholder: `${prefix}{nnn}`, required: true, role: 'id' },
    { id: 'text', kind: 'text', label, placeholder, required: true, role },
  ],
  layout: { type: 'listItem', ordered: false, patterns: [[strong(field('ref')), text(': '), field('text')]] },
  initialItems: initial.map((p) => ({ placeholders: { text: p } })),
});

const fields: readonly Field[] = [
  {
    id: 'featureName',
    kind: 'text',
    label: 'Feature name',
    placeholder: '[FEATURE NAME]',
    guidance: 'A short name for the feature; it becomes the document title.',
    required: true,
  },
  {
    id: 'featureBranch',
    kind: 'text',
    label: 'Feature Branch',
    placeholder: '[###-feature-name]',
    guidance: 'The branch this feature is built on, numbered: 001-user-login.',
    required: true,
    pattern: {
      regex: '^\\d{3}-[a-z0-9][a-z0-9-]*$',
      message: 'Use ###-feature-name, for example 001-user-login.',
    },
  },
  { id: 'created', kind: 'date', label: 'Created', placeholder: '[DATE]', required: true },
  {
    id: 'status',
    kind: 'choice',
    label: 'Status',
    placeholder: 'Draft',
    options: statuses,
    defaultValue: 'Draft',
    required: true,
  },
  {
    id: 'input',
    kind: 'text',
    label: 'Input',
    placeholder: '$ARGUMENTS',
    guidance: 'The user’s own description of the feature, as they gave it. It is written in quotes.',
    required: true,
  },
  {
    id: 'languagePreferences',
    kind: 'markdown',
    label: 'Implementation Language Preferences',
    placeholder: '[Implementation language preferences]',
    guidance: 'Your team’s default languages. Pre-filled with the team policy; change it only with a reason.',
    required: false,
    defaultValue: languagePreferencesDefault,
  },
  {
    id: 'documentationRequirements',
    kind: 'markdown',
    label: 'Documentation Requirements',
    placeholder: '[Documentation requirements]',
    guidance: 'Your team’s documentation policy. Pre-filled; describe the documentation plan it asks for.',
    required: false,
    defaultValue: documentationRequirementsDefault,
  },
  userStories,
  {
    id: 'edgeCases',
    kind: 'list',
    label: 'Edge Cases',
    itemName: 'edge case',
    placeholder: '[Edge case]',
    guidance:
      'Boundary conditions and error scenarios: what happens when ...? How does the system handle ...?',
    required: false,
    initialItems: [
      { placeholder: 'What happens when [boundary condition]?' },
      { placeholder: 'How does system handle [error scenario]?' },
    ],
  },
  idItems(
    'functionalRequirements',
    'Functional Requirements',
    'functional requirement',
    'FR-',
    'System MUST [specific capability]',
    [
      'System MUST [specific capability, e.g., "allow users to create accounts"]',
      'System MUST [specific capability, e.g., "validate email addresses"]',
      'Users MUST be able to [key interaction, e.g., "reset their password"]',
      'System MUST [data requirement, e.g., "persist user preferences"]',
      'System MUST [behavior, e.g., "log all security events"]',
    ],
    'Each requirement is testable and numbered FR-001, FR-002 ... Mark unclear points inline as ' +
      '[NEEDS CLARIFICATION: question] (at most three in a spec).',
    'requirement',
  ),
  {
    id: 'constitutionCompliance',
    kind: 'markdown',
    label: 'Constitution Compliance',
    placeholder: '[Constitution Compliance checklist]',
    guidance:
      'A short checklist showing how the feature satisfies the constitution. Pre-filled with the team policy.',
    required: true,
    defaultValue: constitutionComplianceDefault,
  },
  {
    id: 'keyEntities',
    kind: 'group',
    label: 'Key Entities',
    itemName: 'key entity',
    placeholder: '',
    guidance:
      'Only when the feature involves data: what each entity represents, its key attributes, its relationships.',
    required: false,
    titleField: 'name',
    fields: [
      { id: 'name', kind: 'text', label: 'Entity', placeholder: '[Entity {n}]', required: true },
      {
        id: 'description',
        kind: 'text',
        label: 'Description',
        placeholder: '[What it represents, key attributes without implementation]',
        required: true,
      },
    ],
    layout: {
      type: 'listItem',
      ordered: false,
      patterns: [[strong(field('name')), text(': '), field('description')]],
    },
    initialItems: [
      {},
      { placeholders: { description: '[What it represents, relationships to other entities]' } },
    ],
  },
  idItems(
    'successCriteria',
    'Success Criteria',
    'success criterion',
    'SC-',
    '[Measurable metric]',
    [
      '[Measurable metric, e.g., "Users can complete account creation in under 2 minutes"]',
      '[Measurable metric, e.g., "System handles 1000 concurrent users without degradation"]',
      '[User satisfaction metric, e.g., "90% of users successfully complete primary task on first attempt"]',
      '[Business metric, e.g., "Reduce support tickets related to [X] by 50%"]',
    ],
    'Measurable, technology-agnostic outcomes, numbered SC-001, SC-002 ...',
    'success-criterion',
  ),
];

const sections: readonly Section[] = [
  {
    type: 'subsection',
    id: 'implementationLanguageSection',
    depth: 2,
    title: 'Implementation Language Preferences',
    required: false,
    description: 'Your team’s language and documentation policy, pre-filled.',
    blocks: [
      { type: 'field', field: 'languagePreferences' },
      {
        type: 'subsection',
        id: 'documentationRequirementsSection',
        depth: 3,
        title: 'Documentation Requirements',
        required: false,
        blocks: [{ type: 'field', field: 'documentationRequirements' }],
      },
    ],
  },
  {
    type: 'subsection',
    id: 'userScenariosSection',
    depth: 2,
    title: 'User Scenarios & Testing',
    note: { text: '(mandatory)', style: 'emphasis' },
    required: true,
    description: 'Prioritized user stories, each independently testable, with acceptance scenarios.',
    aliases: ['User Scenarios', 'User Scenarios and Testing'],
    blocks: [
      { type: 'markdown', markdown: userScenariosComment },
      { type: 'field', field: 'userStories' },
      { type: 'markdown', markdown: '[Add more user stories as needed, each with an assigned priority]' },
      {
        type: 'subsection',
        id: 'edgeCasesSection',
        depth: 3,
        title: 'Edge Cases',
        required: false,
        blocks: [
          { type: 'markdown', markdown: edgeCasesComment },
          { type: 'field', field: 'edgeCases' },
        ],
      },
    ],
  },
  {
    type: 'subsection',
    id: 'requirementsSection',
    depth: 2,
    title: 'Requirements',
    note: { text: '(mandatory)', style: 'emphasis' },
    required: true,
    description: 'Functional requirements, constitution compliance and key entities.',
    blocks: [
      { type: 'markdown', markdown: requirementsComment },
      {
        type: 'subsection',
        id: 'functionalRequirementsSection',
        depth: 3,
        title: 'Functional Requirements',
        required: true,
        blocks: [{ type: 'field', field: 'functionalRequirements' }],
      },
      {
        type: 'subsection',
        id: 'constitutionComplianceSection',
        depth: 3,
        title: 'Constitution Compliance',
        note: { text: '(mandatory)', style: 'plain' },
        required: true,
        blocks: [
          { type: 'field', field: 'constitutionCompliance' },
          { type: 'markdown', markdown: clarificationExampleGuidance },
        ],
      },
      {
        type: 'subsection',
        id: 'keyEntitiesSection',
        depth: 3,
        title: 'Key Entities',
        note: { text: '(include if feature involves data)', style: 'emphasis' },
        required: false,
        blocks: [{ type: 'field', field: 'keyEntities' }],
      },
    ],
  },
  {
    type: 'subsection',
    id: 'successCriteriaSection',
    depth: 2,
    title: 'Success Criteria',
    note: { text: '(mandatory)', style: 'emphasis' },
    required: true,
    description: 'Measurable, technology-agnostic outcomes.',
    blocks: [
      { type: 'markdown', markdown: successCriteriaComment },
      {
        type: 'subsection',
        id: 'measurableOutcomesSection',
        depth: 3,
        title: 'Measurable Outcomes',
        required: true,
        blocks: [{ type: 'field', field: 'successCriteria' }],
      },
    ],
  },
];

/** The spec-kit style feature specification, with the team's language, documentation and constitution sections. */
export const featureSpec: TemplateDescription = {
  id: 'feature-spec',
  name: 'Feature Specification',
  // Raise it with every change to the fields: drafts made under the older one say so when they open.
  version: 1,
  summary:
    'Specify a feature from the user’s side: prioritized user stories with acceptance scenarios, FR and SC items.',
  fields,
  header: {
    id: 'header',
    title: 'Feature',
    fields: [],
    blocks: [
      { type: 'heading', depth: 1, content: [text('Feature Specification: '), field('featureName')] },
      {
        type: 'paragraph',
        content: [
          strong(text('Feature Branch')),
          text(': '),
          { type: 'inlineCode', field: 'featureBranch' },
          { type: 'break' },
          strong(text('Created')),
          text(': '),
          field('created'),
          { type: 'break' },
          strong(text('Status')),
          text(': '),
          field('status'),
          { type: 'break' },
          strong(text('Input')),
          text(': User description: "'),
          field('input'),
          text('"'),
        ],
      },
    ],
  },
  sections,
  titleField: 'featureName',
  checks: { maxClarifications: 3, technologyAgnosticCriteria: true },
};
