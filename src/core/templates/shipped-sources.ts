import type { TemplateOverlay } from '../template/overlay';
import { featureSpecOverlay } from './feature-spec.overlay';
import { checklistOverlay, planOverlay, tasksOverlay } from './spec-kit/sources';
import { technicalSpecOverlay } from './technical-spec.overlay';

/**
 * Every template the app ships: its Markdown file and its overlay, both beside this module. The app ships what
 * they compile to (`<name>.description.json`), which `shipped-templates.test.ts` holds to them.
 */
export const shippedSources: readonly { file: string; overlay: TemplateOverlay }[] = [
  { file: 'technical-spec.md', overlay: technicalSpecOverlay },
  { file: 'feature-spec.md', overlay: featureSpecOverlay },
  { file: 'spec-kit/plan-template.md', overlay: planOverlay },
  { file: 'spec-kit/tasks-template.md', overlay: tasksOverlay },
  { file: 'spec-kit/checklist-template.md', overlay: checklistOverlay },
];
