import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectTemplate } from './detect-template';

const fixture = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');

describe('detectTemplate', { timeout: 30_000 }, () => {
  it('is sure of the technical spec template file (front matter type)', () => {
    const result = detectTemplate(fixture('technical-spec.md'));
    expect(result).toMatchObject({ template: 'technical-spec', confidence: 'strong' });
    expect(result.evidence[0]).toMatch(/type: technical-spec/);
  });

  it('is sure of the feature spec template file (its H1)', () => {
    const result = detectTemplate(fixture('feature-spec.md'));
    expect(result).toMatchObject({ template: 'feature-spec', confidence: 'strong' });
    expect(result.evidence.join(' ')).toMatch(/Feature Specification/);
  });

  it('recognizes a technical spec without front matter by its sections', () => {
    expect(detectTemplate(fixture('real-world/technical-no-front-matter.md'))).toMatchObject({
      template: 'technical-spec',
      confidence: 'strong',
    });
  });

  it('finds no evidence in a README', () => {
    expect(detectTemplate(fixture('real-world/not-a-spec.md')).confidence).toBe('none');
  });

  it('is unsure of a document with only a few matching headings', () => {
    const result = detectTemplate(
      '# Notes\n\n## Overview\n\nText.\n\n## Goals\n\n- a\n\n## Usage\n\nMore.\n',
    );
    expect(result).toMatchObject({ template: 'technical-spec', confidence: 'weak' });
  });
});

describe('feature specs in another language', () => {
  it.each(['feature-japanese-translated', 'feature-chinese-translated'])(
    '%s is recognized by its structure',
    (name) => {
      const text = readFileSync(`src/core/markdown/fixtures/roundtrip/${name}/input.md`, 'utf8');
      const detection = detectTemplate(text);
      expect(detection.template).toBe('feature-spec');
      expect(detection.confidence).not.toBe('none');
    },
  );
});
