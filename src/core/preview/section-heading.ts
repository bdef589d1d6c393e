import type { TemplateDescription } from '../template/types';

/** Heading text reduced for comparison: no inline markup, no section number, no case, single spaces. */
function normalize(text: string): string {
  return text
    .replace(/\\(.)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/&amp;/g, '&')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\d+(?:\.\d+)*\.?\s+/, '');
}

/**
 * The id of the template section a `##` heading opens, matched by its title or an alias as the writer writes it
 * (`1. Overview`, `User Scenarios & Testing *(mandatory)*`); undefined for any other heading.
 */
export function sectionIdForHeading(template: TemplateDescription, headingText: string): string | undefined {
  const heading = normalize(headingText);
  for (const section of template.sections) {
    for (const name of [section.title, ...(section.aliases ?? [])]) {
      const title = normalize(name);
      if (heading === title || (heading.startsWith(title) && !/[a-z0-9]/.test(heading[title.length] ?? ''))) {
        return section.id;
      }
    }
  }
  return undefined;
}
