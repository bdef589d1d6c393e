import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../document/spec-document';
import { featureSpec } from '../../templates';
import { parseMarkdown } from '../processor';
import { readHeaderLines } from './header-lines';
import { indexTemplate } from './template-index';

const index = indexTemplate(featureSpec);
const empty: Record<string, FieldValue> = { featureBranch: '', created: '', status: '', input: '' };
const read = (markdown: string, values = empty) =>
  readHeaderLines(index, parseMarkdown(markdown).children[0]!, values);

describe('readHeaderLines', () => {
  it('reads labelled lines into header fields, the template’s text around a value taken off', () => {
    expect(
      read('**Feature Branch**: `007-x`\n**Status**: Draft\n**Input**: User description: "A calendar"\n'),
    ).toEqual({
      values: [
        { field: 'featureBranch', value: '007-x' },
        { field: 'status', value: 'Draft' },
        { field: 'input', value: 'A calendar' },
      ],
    });
  });

  it('keeps lines with no field, and lines of a field given already, with a warning for unknown labels', () => {
    expect(read('**Status**: Draft\n**Owner**: Mei\n**Status**: Final\n')).toEqual({
      values: [{ field: 'status', value: 'Draft' }],
      kept: '**Owner**: Mei\\\n**Status**: Final',
      warning:
        'Header lines the template has no field for (Owner) were kept as additional content at the start.',
    });
  });

  it('reads a blockquote, a bullet list and a fenced YAML block of header lines', () => {
    expect(read('> **Status**: Draft\n>\n> **Created**: 2026-01-02\n')?.values).toEqual([
      { field: 'status', value: 'Draft' },
      { field: 'created', value: '2026-01-02' },
    ]);
    expect(read('- **Status**: Draft\n- **Created**: 2026-01-02\n')?.values).toHaveLength(2);
    expect(read('```yaml\nFeature Branch: 007-x\nOwner: Mei\n```\n')).toEqual({
      values: [{ field: 'featureBranch', value: '007-x' }],
      kept: '```yaml\nOwner: Mei\n```',
    });
  });

  it('is undefined for blocks that are not header lines', () => {
    expect(read('Just a sentence.\n')).toBeUndefined();
    expect(read('**Owner**: Mei\n')).toBeUndefined();
    expect(read('```yaml\nnot: [valid\nplain line\n```\n')).toBeUndefined();
    expect(read('1. **Status**: Draft\n')).toBeUndefined();
  });
});
