import type { TemplateDescription } from '../template/types';
import checklistDescription from './spec-kit/checklist-template.description.json' with { type: 'json' };
import planDescription from './spec-kit/plan-template.description.json' with { type: 'json' };
import tasksDescription from './spec-kit/tasks-template.description.json' with { type: 'json' };

// spec-kit's templates are compiled from their Markdown (`spec-kit/*-template.md`) with an overlay each
// (`spec-kit/sources.ts`). The app ships the compiled descriptions rather than compiling at start: compiling needs
// the Markdown parser and the compiler, about 80 KB gzipped, on the home page. `spec-kit.test.ts` compiles the
// Markdown again and fails when a description is not what it compiles to (UPDATE_FIXTURES=1 writes them).

// Each with its version: raise it when its Markdown or overlay changes (drafts made under the older one say so).

/** spec-kit's implementation plan, compiled from its Markdown. */
export const implementationPlan = { ...planDescription, version: 1 } as TemplateDescription;
/** spec-kit's tasks, compiled from its Markdown. */
export const tasks = { ...tasksDescription, version: 1 } as TemplateDescription;
/** spec-kit's requirements-quality checklist, compiled from its Markdown. */
export const checklist = { ...checklistDescription, version: 1 } as TemplateDescription;
