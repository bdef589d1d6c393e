import { readFileSync } from 'node:fs';
import type { Heading } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../document/create-document';
import type { FieldValue, GroupItem, SpecDocument } from '../document/spec-document';
import type { TemplateDescription } from '../template/types';
import { getTemplate, templates } from '../templates';
import { comparableMdast } from './mdast-compare';
import { writeMarkdown } from './write-markdown';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe.each(templates.map((t) => [t.id, t] as const))('a new %s document', (id, template) => {
  it('written with guidance and placeholders is the template file (same mdast)', () => {
    const written = writeMarkdown(createDocument(template), {
      includeGuidance: true,
      emptyFields: 'placeholder',
    });
    expect(comparableMdast(written)).toEqual(comparableMdast(fixture(`${id}.md`)));
  });

  it('writes placeholders unescaped: `[Goal 1]`, not `\\[Goal 1]`', () => {
    const written = writeMarkdown(createDocument(template), {
      includeGuidance: true,
      emptyFields: 'placeholder',
    });
    expect(written).not.toContain('\\[');
  });
});

const tech = getTemplate('technical-spec');
const feature = getTemplate('feature-spec');
const guidanceOn = { includeGuidance: true, emptyFields: 'placeholder' } as const;
const omit = { includeGuidance: false, emptyFields: 'omit' } as const;

/** A new document with some fields set. */
function docWith(
  template: TemplateDescription,
  fields: Record<string, FieldValue>,
  rest: Partial<SpecDocument> = {},
) {
  const doc = createDocument(template);
  return { ...doc, ...rest, fields: { ...doc.fields, ...fields } };
}

const headings = (markdown: string) =>
  comparableMdast(markdown)
    .children.filter((n) => n.type === 'heading')
    .map((n) => `${'#'.repeat((n as Heading).depth)} ${mdastToString(n)}`);

describe('empty fields', () => {
  it('are written as the placeholders by default, per item and with {n}', () => {
    const doc = docWith(tech, { goals: [{ text: 'Fast' }, { text: '' }, { text: '' }, { text: '' }] });
    const markdown = writeMarkdown(doc);
    expect(markdown).toContain('- Fast\n- [Goal 2]\n- [Goal 3]\n- [Goal 4]\n');
    expect(markdown).toContain('| NFR-2 | Availability | [X]% |');
    expect(markdown).toContain('| [Component 1] | [What it does] |');
  });

  it('are left out with "Leave out", with empty items, optional sections and their separators', () => {
    const doc = docWith(tech, {
      title: 'Search',
      goals: [{ text: '' }, { text: 'Find things' }],
      functionalRequirements: [
        { ref: 'FR-1', requirement: '', priority: 'Must' },
        { ref: 'FR-2', requirement: 'Index titles', priority: 'Should' },
      ],
    });
    const markdown = writeMarkdown(doc, omit);
    expect(headings(markdown)).toEqual([
      '## 1. Overview',
      '### Goals',
      '## 3. Requirements',
      '### 3.1 Functional Requirements',
      '## 4. Design',
      '### 4.1 Architecture',
    ]);
    expect(markdown).toContain('### Goals\n\n- Find things\n\n---');
    expect(markdown).toContain('| FR-2 | Index titles | Should |');
    expect(markdown).not.toContain('FR-1');
    expect(markdown).not.toContain('[');
    expect(comparableMdast(markdown).children.filter((n) => n.type === 'thematicBreak')).toHaveLength(3);
  });

  it('keep a required section heading, and leave out header lines whose fields are empty', () => {
    const doc = docWith(feature, { featureName: 'Login', input: 'Let users log in' });
    const markdown = writeMarkdown(doc, omit);
    expect(markdown).toContain('**Status**: Draft\\\n**Input**: User description: "Let users log in"');
    expect(markdown).not.toContain('Feature Branch');
    expect(markdown).not.toContain('Created');
    expect(headings(markdown)).toContain('## User Scenarios & Testing (mandatory)');
    expect(headings(markdown)).toContain('### Constitution Compliance (mandatory)');
    expect(headings(markdown)).not.toContain('### Edge Cases');
    expect(markdown).not.toContain('User Story');
  });

  it('use the next pattern of a list item when the first one is empty', () => {
    const stories = createDocument(feature).fields.userStories as GroupItem[];
    const blank = (stories[0]!.scenarios as GroupItem[])[0]!;
    const scenarios = [{ ...blank, text: 'It just works' }];
    const doc = docWith(feature, { userStories: [{ ...stories[0]!, title: 'Log in', scenarios }] });
    expect(writeMarkdown(doc, omit)).toContain('1. It just works\n');
    expect(writeMarkdown(doc)).toContain('1. It just works\n');
  });
});

describe('guidance', () => {
  it('is left out by default and written when asked for', () => {
    const doc = createDocument(feature);
    expect(writeMarkdown(doc)).not.toContain('<!--');
    expect(writeMarkdown(doc)).not.toContain('Example of marking unclear requirements');
    expect(writeMarkdown(doc, guidanceOn)).toContain(
      '<!--\n  ACTION REQUIRED: Define measurable success criteria.',
    );
    expect(writeMarkdown(doc, guidanceOn)).toContain(
      '[Add more user stories as needed, each with an assigned priority]',
    );
  });

  it('keeps default content, which is a pre-filled value, not guidance', () => {
    expect(writeMarkdown(createDocument(feature))).toContain(
      '## Implementation Language Preferences\n\nThe repository prefers',
    );
  });
});

describe('additional content', () => {
  it('is written after the element it is anchored to, and unknown anchors before the footer', () => {
    const doc = docWith(
      tech,
      {},
      {
        additional: {
          start: 'Before the sections.',
          goalsSection: 'Right under the Goals heading.',
          architectureDiagram: '## Unknown section\n\nKept as it was.',
          gone: 'From an anchor the template no longer has.',
        },
      },
    );
    const markdown = writeMarkdown(doc);
    expect(markdown).toMatch(/^---\n[\s\S]*\n---\n\nBefore the sections\.\n\n## 1\. Overview/);
    expect(markdown).toContain('### Goals\n\nRight under the Goals heading.\n\n- [Goal 1]');
    expect(markdown).toContain(
      '```\n[ASCII diagram or component layout]\n```\n\n## Unknown section\n\nKept as it was.\n\n### 4.2',
    );
    expect(markdown).toContain('From an anchor the template no longer has.\n\n*[Specification Title]*');
  });

  it('keeps a section that "Leave out" would drop', () => {
    const doc = docWith(tech, { title: 'T' }, { additional: { rollbackPlan: 'Revert the deploy.' } });
    expect(writeMarkdown(doc, omit)).toContain(
      '## 7. Rollout\n\n### 7.2 Rollback Plan\n\nRevert the deploy.\n\n---',
    );
  });
});

describe('front matter', () => {
  it('quotes the keys the template quotes, leaves out empty optional keys in both modes, adds extra keys last', () => {
    const doc = docWith(
      tech,
      { title: 'Search: v2', status: 'Review' },
      { extraFrontMatter: { tags: ['a', 'b'] } },
    );
    for (const options of [guidanceOn, omit]) {
      const yaml = comparableMdast(writeMarkdown(doc, options)).children[0];
      expect(yaml?.type === 'yaml' && yaml.value).toBe(
        options === omit
          ? 'type: technical-spec\ntitle: "Search: v2"\nversion: "1.0"\ndate: ""\nauthor: ""\nstatus: Review\ntags:\n  - a\n  - b'
          : 'type: technical-spec\ntitle: "Search: v2"\nversion: "1.0"\ndate: "[YYYY-MM-DD]"\nauthor: "[Name]"\nstatus: Review\ntags:\n  - a\n  - b',
      );
    }
  });

  it('writes optional keys when given', () => {
    const doc = docWith(tech, { reviewers: [{ text: 'Ada' }, { text: '' }] });
    expect(writeMarkdown(doc)).toContain('status: Draft\nreviewers:\n  - Ada\n---');
  });
});

describe('values', () => {
  it('write literal line breaks as a hard break, a space in a heading and <br> in a table cell', () => {
    const stories = createDocument(feature).fields.userStories as GroupItem[];
    const doc = docWith(feature, {
      userStories: [{ ...stories[0]!, title: 'Two\nlines', whyPriority: 'One\r\nTwo' }],
      edgeCases: [{ text: '  padded  \n\n  second  ' }],
    });
    const markdown = writeMarkdown(doc);
    expect(markdown).toContain('### User Story 1 - Two lines (Priority: P1)');
    expect(markdown).toContain('**Why this priority**: One\\\nTwo');
    expect(markdown).toContain('- padded\\\n  second\n');
    const table = docWith(tech, { components: [{ component: 'a\nb', responsibility: 'c|d' }] });
    expect(writeMarkdown(table)).toContain('| a<br>b | c\\|d |');
  });

  it('demote a Markdown field’s headings below the heading that holds it', () => {
    const doc = docWith(tech, {
      overview: '# Big\n\n### Small\n\n#### Smaller',
      architecture: '## Part\n\n###### Tiny',
    });
    expect(headings(writeMarkdown(doc)).slice(0, 4)).toEqual([
      '## 1. Overview',
      '### Big',
      '### Small',
      '#### Smaller',
    ]);
    expect(headings(writeMarkdown(doc))).toContain('#### Part');
    expect(headings(writeMarkdown(doc))).toContain('###### Tiny');
  });

  it('contain an HTML block left open in a Markdown field instead of letting it swallow the document', () => {
    const doc = docWith(tech, { overview: 'Intro\n\n<!-- unfinished note' });
    const markdown = writeMarkdown(doc);
    expect(markdown).toContain('```\n<!-- unfinished note\n```');
    expect(headings(markdown)).toContain('### Goals');
  });

  it('keep snake_case and clarification markers as typed', () => {
    const doc = docWith(tech, { goals: [{ text: 'Rename user_id to [NEEDS CLARIFICATION: new name?]' }] });
    expect(writeMarkdown(doc)).toContain('- Rename user_id to [NEEDS CLARIFICATION: new name?]\n');
  });
});

describe('reference links', () => {
  it('stay references when they are defined in another field', () => {
    const doc = createDocument(getTemplate('technical-spec'));
    doc.fields.overview = 'See [the RFC][rfc] for the rules.';
    doc.fields.background = 'Context.\n\n[rfc]: https://example.com/rfc';
    const markdown = writeMarkdown(doc, { includeGuidance: false, emptyFields: 'omit' });
    expect(markdown).toContain('See [the RFC][rfc] for the rules.');
    expect(markdown).toContain('[rfc]: https://example.com/rfc');
  });
});
