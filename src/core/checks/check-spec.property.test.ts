import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentVersion } from '../document/document-version';
import type { FieldValue, GroupItem, SpecDocument } from '../document/spec-document';
import { naughtyText } from '../markdown/write/naughty-strings.test-helper';
import type { Field, TemplateDescription } from '../template/types';
import { templates } from '../templates';
import { checkSpec } from './check-spec';
import { findingsMarkdown } from './findings-markdown';

/** Text the rules look for, mixed with text that tries to break them. */
const ruleText = fc
  .array(
    fc.oneof(
      naughtyText,
      fc.constantFrom(
        '[NEEDS CLARIFICATION: ',
        '[NEEDS CLARIFICATION]',
        ']',
        '[',
        'FR-',
        'FR-099',
        'SC-0',
        ' MUST ',
        ' shall ',
        'When ',
        ', then the system shall ',
        'and/or',
        '/',
        '`',
        '```\n',
        '[e.g., ',
        '$ARGUMENTS',
        '%',
        ' under ',
        '\n    indented',
        'https://example.com/a/b',
        '&amp;',
        '{n}',
      ),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** Any value, of any shape: the checks must cope with a document storage or a share link got wrong. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  ruleText,
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.array(fc.oneof(ruleText, fc.record({ text: ruleText })), { maxLength: 3 }),
);

function valueArb(field: Field): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case 'list':
    case 'checklist':
      return fc.oneof(
        fc.array(fc.record({ text: ruleText, checked: fc.boolean() }), { maxLength: 4 }),
        anyValue,
      );
    case 'table':
      return fc.oneof(
        fc.array(fc.record(Object.fromEntries(field.columns.map((c) => [c.key, ruleText]))), {
          maxLength: 4,
        }),
        anyValue,
      );
    case 'group':
      return fc.oneof(
        fc.array(
          fc.record(
            Object.fromEntries(field.fields.map((f) => [f.id, valueArb(f)])),
          ) as fc.Arbitrary<GroupItem>,
          { maxLength: 3 },
        ),
        anyValue,
      );
    default:
      return fc.oneof(ruleText, anyValue);
  }
}

const documentArb = (template: TemplateDescription): fc.Arbitrary<SpecDocument> =>
  fc.record(Object.fromEntries(template.fields.map((f) => [f.id, valueArb(f)]))).map((fields) => ({
    template: template.id,
    version: documentVersion,
    fields: fields as Record<string, FieldValue>,
    additional: {},
  }));

describe('checkSpec on arbitrary documents', () => {
  for (const template of templates) {
    it(`never throws, and every finding is well formed (${template.id})`, () => {
      fc.assert(
        fc.property(documentArb(template), fc.boolean(), (doc, ears) => {
          const findings = checkSpec(template, doc, { ears });
          for (const finding of findings) {
            expect(finding.message).not.toBe('');
            expect(finding.subject).not.toBe('');
            expect(finding.path.startsWith(`fields.${finding.fieldId}`)).toBe(true);
          }
          expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
          expect(typeof findingsMarkdown(findings)).toBe('string');
        }),
        { numRuns: 80 },
      );
      // Generous: the machine running the suite may be busy.
    }, 60_000);
  }
});
