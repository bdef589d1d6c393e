import { test } from 'vitest';
import { documentVersion } from '../document/migrate-document';
import { linePhrasing } from './inline-value';
import { writeMarkdown } from './write-markdown';

test('x', () => {
  console.log(JSON.stringify(linePhrasing('www.example.com[a][b]')));
  const md = writeMarkdown(
    {
      template: 'technical-spec',
      version: documentVersion,
      fields: {
        overview: '[ref]: https://example.com',
        nonFunctionalRequirements: [{ ref: '', requirement: '', metric: 'www.example.com[a][b]' }],
      } as never,
      additional: {},
    },
    { includeGuidance: false, emptyFields: 'omit' },
  );
  console.log(md);
});
