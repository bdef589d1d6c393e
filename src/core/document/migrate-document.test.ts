import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../markdown/processor';
import { writeMarkdown } from '../markdown/write-markdown';
import { getTemplate } from '../templates';
import { createDocument } from './create-document';
import { documentVersion } from './document-version';
import { migrateDocument } from './migrate-document';
import { type GroupItem, type SpecDocument, specDocumentSchema } from './spec-document';

const technical = getTemplate('technical-spec');
const feature = getTemplate('feature-spec');
const oldValues = ['a*b*', '`x`', '<b>', '[x]', '#1'];

/** Text of rendered phrasing, without marks. */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** A draft as stored before values were Markdown: no version, literal text. */
function oldDraft(): unknown {
  const doc: Record<string, unknown> = { ...createDocument(technical) };
  delete doc.version;
  return {
    ...doc,
    fields: {
      ...createDocument(technical).fields,
      title: 'a*b*',
      goals: oldValues.map((text) => ({ text })),
      functionalRequirements: oldValues.map((requirement, i) => ({
        ref: `FR-${i + 1}`,
        requirement,
        priority: 'Must',
      })),
    },
  };
}

describe('migrateDocument', () => {
  it('converts a version 1 draft so that every value renders as its old literal text', () => {
    const doc = specDocumentSchema(technical).parse(oldDraft());
    expect(doc.version).toBe(documentVersion);
    expect(doc.fields.goals).toEqual([
      { text: 'a\\*b\\*' },
      { text: '\\`x\\`' },
      { text: '\\<b>' },
      { text: '\\[x]' },
      { text: '\\#1' },
    ]);
    const tree = parseMarkdown(writeMarkdown(doc));
    const goals = tree.children.find(
      (n, i) => n.type === 'list' && textOf(tree.children[i - 1]!) === 'Goals',
    );
    expect(goals?.type === 'list' && goals.children.map(textOf)).toEqual(oldValues);
    const table = tree.children.find((n) => n.type === 'table');
    expect(table?.type === 'table' && table.children.slice(1).map((row) => textOf(row.children[1]!))).toEqual(
      oldValues,
    );
    // The footer renders the title as text in emphasis, as it did.
    expect(writeMarkdown(doc)).toContain('*a\\*b\\**');
  });

  it('keeps version 2 values: `**bold**` is written as bold', () => {
    const doc: SpecDocument = {
      ...createDocument(technical),
      fields: { ...createDocument(technical).fields },
    };
    doc.fields.goals = [{ text: '**bold** and `code`' }];
    const parsed = specDocumentSchema(technical).parse(doc);
    expect(parsed.fields.goals).toEqual([{ text: '**bold** and `code`' }]);
    expect(writeMarkdown(parsed)).toContain('- **bold** and `code`\n');
  });

  it('leaves inline code fields literal and migrates the text fields of group items', () => {
    const base = createDocument(feature);
    const stories = base.fields.userStories as GroupItem[];
    const old = {
      template: feature.id,
      additional: {},
      fields: {
        ...base.fields,
        featureBranch: '001-a*b*',
        userStories: [{ ...stories[0], title: '`x` story' }],
      },
    };
    const migrated = migrateDocument(old, feature) as SpecDocument;
    expect(migrated.version).toBe(documentVersion);
    expect(migrated.fields.featureBranch).toBe('001-a*b*');
    expect((migrated.fields.userStories as GroupItem[])[0]!.title).toBe('\\`x\\` story');
    expect(writeMarkdown(migrated)).toContain('`001-a*b*`');
  });

  it('returns anything that is not a version 1 document as it is', () => {
    const current = createDocument(technical);
    expect(migrateDocument(current, technical)).toBe(current);
    expect(migrateDocument('nope', technical)).toBe('nope');
    expect(specDocumentSchema(technical).safeParse({ ...current, version: 3 }).success).toBe(false);
  });
});
