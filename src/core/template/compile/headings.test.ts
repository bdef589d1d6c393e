import type { Heading } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../markdown/processor';
import { plainHeading } from './headings';

const heading = (markdown: string) => parseMarkdown(markdown).children[0] as Heading;

describe('plainHeading', () => {
  it('reads the number, title and note the writer writes', () => {
    expect(plainHeading(heading('## 3.1 Functional Requirements'))).toEqual({
      number: '3.1',
      title: 'Functional Requirements',
      note: undefined,
    });
    expect(plainHeading(heading('## User Scenarios & Testing *(mandatory)*'))).toEqual({
      title: 'User Scenarios & Testing',
      note: { text: '(mandatory)', style: 'emphasis' },
    });
  });

  it('leaves headings with code, links or only a placeholder to heading blocks', () => {
    expect(plainHeading(heading('## Format: `[ID] [P?]`'))).toBeUndefined();
    expect(plainHeading(heading('## [Category 1]'))).toBeUndefined();
    expect(plainHeading(heading('## See [docs](https://example.com)'))).toBeUndefined();
  });
});
