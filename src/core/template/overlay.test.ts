import { describe, expect, it, vi } from 'vitest';
import { compileTemplate } from './compile/compile-template';
import { applyOverlay } from './overlay';
import type { GroupField, TableField, TemplateDescription } from './types';

vi.setConfig({ testTimeout: 60_000 });

const markdown = `# Risks: [Project]

## Policy

Every risk is reviewed weekly.

- Owners answer within a day.

## Register

| ID | Risk | Severity |
|----|------|----------|
| R-1 | [Risk 1] | High |
| R-2 | [Risk 2] | Low |

## Checks

- **Given** [state], **When** [action], **Then** [outcome]
- **Given** [state], **When** [action], **Then** [outcome]
`;

function compiled(): TemplateDescription {
  const result = compileTemplate(markdown, { id: 'risks' });
  if (!result.ok) throw new Error(result.messages.join('; '));
  return result.description;
}

describe('applyOverlay', () => {
  it('renames ids everywhere they are used, keeping what the Markdown says', () => {
    const base = compiled();
    const out = applyOverlay(base, {
      id: 'risks',
      version: 3,
      fields: {
        register: { id: 'risks', columns: { risk: { key: 'text', placeholder: '[Risk]' } } },
      },
      sections: { registerSection: { id: 'riskSection', required: true } },
    });
    expect(out.version).toBe(3);
    const table = out.fields.find((f) => f.id === 'risks') as TableField;
    expect(table.columns.map((c) => c.key)).toEqual(['ref', 'text', 'severity']);
    // The template's rows keep what they showed; new rows show the new placeholder.
    expect(table.initialItems.map((r) => r.placeholders?.text)).toEqual(['[Risk 1]', '[Risk 2]']);
    const section = out.sections.find((s) => s.id === 'riskSection');
    expect(section).toMatchObject({ required: true, blocks: [{ type: 'field', field: 'risks' }] });
  });

  it('makes a column a choice whose examples in the template become values', () => {
    const out = applyOverlay(compiled(), {
      id: 'risks',
      fields: { register: { columns: { severity: { options: ['High', 'Medium', 'Low'] } } } },
    });
    const table = out.fields.find((f) => f.id === 'register') as TableField;
    expect(table.columns[2]).toMatchObject({ options: ['High', 'Medium', 'Low'] });
    expect(table.initialItems.map((r) => r.values)).toEqual([{ severity: 'High' }, { severity: 'Low' }]);
  });

  it('makes a section’s own text an editable field pre-filled with it', () => {
    const out = applyOverlay(compiled(), {
      id: 'risks',
      sections: { policySection: { content: { id: 'policy', label: 'Policy' } } },
    });
    expect(out.sections[0]?.blocks).toEqual([{ type: 'field', field: 'policy' }]);
    expect(out.fields.find((f) => f.id === 'policy')).toMatchObject({
      kind: 'markdown',
      defaultValue: 'Every risk is reviewed weekly.\n\n- Owners answer within a day.',
    });
    // Placed in document order, before the fields that follow it.
    expect(out.fields.map((f) => f.id).indexOf('policy')).toBeLessThan(
      out.fields.map((f) => f.id).indexOf('register'),
    );
  });

  it('renames a group’s fields in its layout, and adds a free-text form of its items', () => {
    const base = compiled();
    const id = base.fields.find((f) => f.kind === 'group')!.id;
    const out = applyOverlay(base, {
      id: 'risks',
      fields: {
        [id]: {
          titleField: false,
          fields: { given: { id: 'before', required: true } },
          freeText: { id: 'text', label: 'As free text' },
        },
      },
    });
    const group = out.fields.find((f) => f.id === id) as GroupField;
    expect(group.titleField).toBeUndefined();
    expect(group.fields.map((f) => f.id)).toEqual(['before', 'when', 'then', 'text']);
    expect(JSON.stringify(group.layout)).not.toContain('"given"');
    expect(group.layout.type === 'listItem' && group.layout.patterns.at(-1)).toEqual([
      { type: 'field', field: 'text' },
    ]);
  });

  it('refuses to name what the template does not have', () => {
    const base = compiled();
    expect(() => applyOverlay(base, { id: 'x', fields: { nowhere: { label: 'x' } } })).toThrow(
      /no field nowhere/,
    );
    expect(() => applyOverlay(base, { id: 'x', sections: { nowhere: {} } })).toThrow(/no section nowhere/);
    expect(() =>
      applyOverlay(base, { id: 'x', fields: { register: { columns: { nowhere: { label: 'x' } } } } }),
    ).toThrow(/no column nowhere/);
  });
});
