import type { FieldOverlay, TemplateOverlay } from '../../template/overlay';

/** A checklist of tasks numbered T001, T002 ... ([P] parallel, [US1] the story it belongs to). */
const taskList = (label: string): FieldOverlay => ({
  label,
  itemName: 'task',
  placeholder: 'T{nnn} [P] [US1] [Description] in [file path]',
});

export const planOverlay: TemplateOverlay = {
  id: 'spec-kit-plan',
  // 2: `**Input**: Feature specification from \`/specs/[###-feature-name]/spec.md\`` is a field (it was template
  // text, and a plan's own line was additional content).
  version: 2,
  summary:
    'Plan how a specified feature is built: technical context, constitution check, project structure and ' +
    'the complexity that must be justified.',
  headerTitle: 'Plan',
  fields: {
    feature: { label: 'Feature name', required: true },
    branch: { label: 'Branch', guidance: 'The feature branch, numbered: 001-user-login.' },
    spec: { label: 'Spec link' },
    summary: { guidance: 'The primary requirement and the technical approach, from the spec and research.' },
    languageVersion: { label: 'Language / Version' },
    complexityTracking: {
      itemName: 'violation',
      guidance: 'Fill only if the constitution check has violations that must be justified.',
    },
  },
  sections: {
    technicalContextSection: {
      description: 'The technical details of the project; mark unknowns NEEDS CLARIFICATION.',
    },
    complexityTrackingSection: {
      description: 'Only when a constitution gate is violated: why, and what was rejected.',
    },
  },
};

export const tasksOverlay: TemplateOverlay = {
  id: 'spec-kit-tasks',
  // 2: `[Add more user story phases as needed ...]` is guidance, not a field. 3: `**Input**: Design documents from
  // \`/specs/[###-feature-name]/\`` is a field. 4: the `[Title]` of each user story phase's heading is a field.
  version: 4,
  summary: 'Break a plan into tasks per phase and user story: T001 [P] [US1] ..., each with its file path.',
  headerTitle: 'Tasks',
  fields: {
    featureName: { required: true },
    phase1SetupSharedInfrastructure: taskList('Setup tasks'),
    phase2FoundationalBlockingPrerequisites: taskList('Foundational tasks'),
    testsForUserStory1Optional: taskList('Tests for User Story 1'),
    implementationForUserStory1: taskList('Implementation for User Story 1'),
    testsForUserStory2Optional: taskList('Tests for User Story 2'),
    implementationForUserStory2: taskList('Implementation for User Story 2'),
    testsForUserStory3Optional: taskList('Tests for User Story 3'),
    implementationForUserStory3: taskList('Implementation for User Story 3'),
    phaseNPolishCrossCuttingConcerns: taskList('Polish tasks'),
    title: { label: 'Title of User Story 1' },
    title2: { label: 'Title of User Story 2' },
    title3: { label: 'Title of User Story 3' },
    goal: { label: 'Goal of User Story 1' },
    independentTest: { label: 'Independent Test of User Story 1' },
    goal2: { label: 'Goal of User Story 2' },
    independentTest2: { label: 'Independent Test of User Story 2' },
    goal3: { label: 'Goal of User Story 3' },
    independentTest3: { label: 'Independent Test of User Story 3' },
  },
};

export const checklistOverlay: TemplateOverlay = {
  id: 'spec-kit-checklist',
  // 2: the categories are one repeatable group (a category's heading and its CHK items), as many as a checklist
  // has; they were two fixed categories, and a real checklist's third one was additional content.
  version: 2,
  summary: 'Review the quality of a feature’s requirements: CHK001 ... items grouped by category.',
  headerTitle: 'Checklist',
  fields: {
    checklistType: { label: 'Checklist type' },
    featureName: { required: true },
    categories: {
      fields: {
        category: {
          guidance: 'What the items of this category check: Requirement Completeness, Clarity ...',
        },
        description: { id: 'items', label: 'Items', itemName: 'item' },
      },
      // Version 1's two fixed categories: its drafts open with them as the first two.
      formerly: [
        { category: 'category1', items: 'category12' },
        { category: 'category2', items: 'category22' },
      ],
    },
  },
};
