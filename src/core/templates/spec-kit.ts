import type { TemplateDescription } from '../template/types';
import checklistDescription from './spec-kit/checklist-template.description.json' with { type: 'json' };
import planDescription from './spec-kit/plan-template.description.json' with { type: 'json' };
import tasksDescription from './spec-kit/tasks-template.description.json' with { type: 'json' };

// spec-kit's templates are compiled from their Markdown (`spec-kit/*-template.md`) with an overlay each
// (`spec-kit/sources.ts`), like every shipped template (see `shipped-sources.ts`).

/** spec-kit's implementation plan, compiled from its Markdown. */
export const implementationPlan = planDescription as TemplateDescription;
/** spec-kit's tasks, compiled from its Markdown. */
export const tasks = tasksDescription as TemplateDescription;
/** spec-kit's requirements-quality checklist, compiled from its Markdown. */
export const checklist = checklistDescription as TemplateDescription;
