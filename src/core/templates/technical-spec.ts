import type { TemplateDescription } from '../template/types';
import description from './technical-spec.description.json' with { type: 'json' };

// Compiled from `technical-spec.md` with `technical-spec.overlay.ts` (see `shipped-sources.ts`). The app ships the
// compiled description rather than compiling at start: compiling needs the Markdown parser and the compiler, about
// 80 KB gzipped, on the home page.

/** The technical specification: front matter, numbered sections, requirement tables, checklists, a footer. */
export const technicalSpec = description as TemplateDescription;
