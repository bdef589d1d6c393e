import type { TemplateDescription } from '../template/types';
import description from './feature-spec.description.json' with { type: 'json' };

// Compiled from `feature-spec.md` with `feature-spec.overlay.ts` (see `shipped-sources.ts`), like the technical spec.

/** The spec-kit style feature specification, with the team's language, documentation and constitution sections. */
export const featureSpec = description as TemplateDescription;
