import { describe, expect, it } from 'vitest';
import { featureSpec, technicalSpec } from '../templates';
import { sectionIdForHeading } from './section-heading';

describe('sectionIdForHeading', () => {
  it('finds every section of both templates from its written heading', () => {
    for (const template of [technicalSpec, featureSpec]) {
      for (const [index, section] of template.sections.entries()) {
        const written = `${section.number ?? `${index + 1}.`} ${section.title}${section.note ? ` *${section.note.text}*` : ''}`;
        expect(sectionIdForHeading(template, written)).toBe(section.id);
        expect(sectionIdForHeading(template, section.title)).toBe(section.id);
      }
    }
  });

  it('ignores escapes and emphasis in the heading', () => {
    expect(sectionIdForHeading(featureSpec, 'User Scenarios \\& Testing *(mandatory)*')).toBe(
      'userScenariosSection',
    );
  });

  it('does not match a heading that only starts with a title word', () => {
    expect(sectionIdForHeading(featureSpec, 'Requirementsx')).toBeUndefined();
    expect(sectionIdForHeading(technicalSpec, 'Something else')).toBeUndefined();
  });
});
