import { test } from 'vitest';
import { writeMarkdown } from './write-markdown';
import { linePhrasing } from './inline-value';
import { documentVersion } from '../document/migrate-document';
test('x', () => {
  console.log(JSON.stringify(linePhrasing('www.example.com[a][b]')));
  const md = writeMarkdown({ template: 'technical-spec', version: documentVersion, fields: { overview: '[ref]: https://example.com', nonFunctionalRequirements: [{ref:'', requirement: '', metric: 'www.example.com[a][b]'}] } as never, additional: {} }, { includeGuidance: false, emptyFields: 'omit' });
  console.log(md);
});
