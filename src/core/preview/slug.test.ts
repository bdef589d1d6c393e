import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../document/create-document';
import { featureSpec, technicalSpec } from '../templates';
import { markdownFileName, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Payment Service', 'payment-service'],
    ['  Über   Straße!  ', 'uber-strasse'],
    ['Café crème & Œuvre', 'cafe-creme-oeuvre'],
    ['FR-001: Upload / Download', 'fr-001-upload-download'],
    ['Ærø Łódź', 'aero-lodz'],
    ['***', ''],
    ['日本語', ''],
    ['---a---b---', 'a-b'],
  ])('%j -> %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('caps the length without leaving a trailing hyphen', () => {
    const slug = slugify(`${'word '.repeat(40)}`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('only ever yields lowercase ASCII letters, digits and single inner hyphens', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(slugify(text)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
      }),
    );
  }, 30_000);
});

describe('markdownFileName', () => {
  it('names the file after the title field of the template', () => {
    const tech = createDocument(technicalSpec);
    tech.fields.title = 'Notification Service v2';
    expect(markdownFileName(tech)).toBe('notification-service-v2.md');

    const feature = createDocument(featureSpec);
    feature.fields[featureSpec.titleField] = 'Photo Albums';
    expect(markdownFileName(feature)).toBe('photo-albums.md');
  });

  it('falls back to spec.md when there is no usable title', () => {
    expect(markdownFileName(createDocument(technicalSpec))).toBe('spec.md');
    const doc = createDocument(featureSpec);
    doc.fields[featureSpec.titleField] = '   ';
    expect(markdownFileName(doc)).toBe('spec.md');
    doc.fields[featureSpec.titleField] = '仕様';
    expect(markdownFileName(doc)).toBe('spec.md');
  });
});
