import type { FieldOverlay, TemplateOverlay } from '../template/overlay';

// The feature spec is its Markdown (`feature-spec.md`, a team's variant of spec-kit's) and this overlay: words,
// options, rules and roles, the team's policy text made editable, and the ids its drafts have always stored values
// under. Everything else comes from compiling the Markdown.

/** `- **FR-001**: text` items: at least one, each a requirement or outcome of its role. */
const idItems = (
  label: string,
  itemName: string,
  placeholder: string,
  guidance: string,
  role: 'requirement' | 'success-criterion',
): FieldOverlay => ({
  itemName,
  guidance,
  required: true,
  minItems: 1,
  fields: { ref: { role: 'id' }, text: { label, placeholder, role } },
});

export const featureSpecOverlay: TemplateOverlay = {
  id: 'feature-spec',
  // Raise it with every change to the fields: drafts made under the older one say so when they open.
  version: 1,
  name: 'Feature Specification',
  summary:
    'Specify a feature from the user’s side: prioritized user stories with acceptance scenarios, FR and SC items.',
  headerTitle: 'Feature',
  checks: { maxClarifications: 3, technologyAgnosticCriteria: true },
  fields: {
    featureName: { guidance: 'A short name for the feature; it becomes the document title.', required: true },
    featureBranch: {
      guidance: 'The branch this feature is built on, numbered: 001-user-login.',
      required: true,
      pattern: {
        regex: '^\\d{3}-[a-z0-9][a-z0-9-]*$',
        message: 'Use ###-feature-name, for example 001-user-login.',
      },
    },
    created: { required: true },
    status: { options: ['Draft', 'In Review', 'Approved', 'Implemented', 'Superseded'], required: true },
    input: {
      guidance: 'The user’s own description of the feature, as they gave it. It is written in quotes.',
      required: true,
    },
    userStories: {
      guidance:
        'User stories are prioritized user journeys, ordered by importance. Each must be independently testable: ' +
        'implementing just one of them should still give a viable MVP that delivers value. Assign priorities ' +
        '(P1, P2, P3 ...), where P1 is the most critical.',
      required: true,
      minItems: 1,
      role: 'user-story',
      // Heading words real specs use instead of "User Story" (`### US-1: ...`, the older `### Primary User Story`).
      aliases: ['US', 'Story', 'Primary User Story'],
      fields: {
        number: { label: 'Story number', role: 'id' },
        briefTitle: { id: 'title', label: 'Title', required: true },
        // Real specs also use P0 and finer levels.
        priority: {
          options: ['P1', 'P2', 'P3', 'P4', 'P5', 'P0'],
          required: true,
          guidance: 'P1 is the most critical.',
        },
        description: { required: true },
        whyThisPriority: { id: 'whyPriority', required: true, role: 'story-why' },
        independentTest: {
          placeholder: '[Describe how this can be tested independently]',
          guidance: 'How this story can be tested on its own, and the value it delivers then.',
          required: true,
          role: 'story-test',
        },
        acceptanceScenarios: {
          id: 'scenarios',
          guidance:
            'Each scenario in Given / When / Then form: the starting state, the action, the expected outcome.',
          required: true,
          minItems: 1,
          role: 'acceptance-scenario',
          titleField: false,
          fields: {
            given: { required: true, role: 'scenario-given' },
            when: { required: true, role: 'scenario-when' },
            // biome-ignore lint/suspicious/noThenProperty: the scenario's Then, a field id, not a thenable.
            then: { required: true, role: 'scenario-then' },
          },
          freeText: {
            id: 'text',
            label: 'Scenario as free text',
            guidance:
              'Used instead of Given / When / Then when those are empty (an imported scenario that does not split).',
          },
        },
      },
    },
    edgeCases: {
      placeholder: '[Edge case]',
      guidance:
        'Boundary conditions and error scenarios: what happens when ...? How does the system handle ...?',
    },
    functionalRequirements: idItems(
      'Functional Requirements',
      'functional requirement',
      'System MUST [specific capability]',
      'Each requirement is testable and numbered FR-001, FR-002 ... Mark unclear points inline as ' +
        '[NEEDS CLARIFICATION: question] (at most three in a spec).',
      'requirement',
    ),
    keyEntities: {
      guidance:
        'Only when the feature involves data: what each entity represents, its key attributes, its relationships.',
      fields: { text: { id: 'description' } },
    },
    measurableOutcomes: {
      id: 'successCriteria',
      label: 'Success Criteria',
      ...idItems(
        'Success Criteria',
        'success criterion',
        '[Measurable metric]',
        'Measurable, technology-agnostic outcomes, numbered SC-001, SC-002 ...',
        'success-criterion',
      ),
    },
  },
  sections: {
    implementationLanguagePreferencesSection: {
      id: 'implementationLanguageSection',
      description: 'Your team’s language and documentation policy, pre-filled.',
      content: {
        id: 'languagePreferences',
        label: 'Implementation Language Preferences',
        placeholder: '[Implementation language preferences]',
        guidance:
          'Your team’s default languages. Pre-filled with the team policy; change it only with a reason.',
      },
    },
    documentationRequirementsSection: {
      content: {
        id: 'documentationRequirements',
        label: 'Documentation Requirements',
        placeholder: '[Documentation requirements]',
        guidance:
          'Your team’s documentation policy. Pre-filled; describe the documentation plan it asks for.',
      },
    },
    userScenariosTestingSection: {
      id: 'userScenariosSection',
      description: 'Prioritized user stories, each independently testable, with acceptance scenarios.',
      aliases: ['User Scenarios', 'User Scenarios and Testing'],
    },
    requirementsSection: {
      description: 'Functional requirements, constitution compliance and key entities.',
    },
    functionalRequirementsSection: { required: true },
    constitutionComplianceSection: {
      content: {
        id: 'constitutionCompliance',
        label: 'Constitution Compliance',
        placeholder: '[Constitution Compliance checklist]',
        guidance:
          'A short checklist showing how the feature satisfies the constitution. Pre-filled with the team policy.',
        required: true,
      },
    },
    successCriteriaSection: { description: 'Measurable, technology-agnostic outcomes.' },
    measurableOutcomesSection: { required: true },
  },
};
