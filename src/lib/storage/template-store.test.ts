import { describe, expect, it } from 'vitest';
import { createTemplateRegistry } from '../../core/template/registry';
import { builtInTemplates } from '../../core/templates';
import { memoryKeyValueStore } from './key-value';
import { prepareUserTemplate } from './prepare-user-template';
import { createTemplateStore, loadUserTemplates } from './template-store';

const markdown =
  '# Runbook: [Service]\n\n## Alerts\n\n| Alert | Action |\n|---|---|\n| [Alert] | [Action] |\n';

describe('user templates', () => {
  it('are compiled with an id no template on offer has, stored, loaded into the registry and removable', async () => {
    const registry = createTemplateRegistry(builtInTemplates);
    const prepared = prepareUserTemplate(markdown, registry);
    if (!prepared.ok) throw new Error(prepared.messages.join());
    expect(prepared.description.name).toBe('Runbook');
    // Its name and a hash of its text: one id never names two different templates.
    expect(prepared.description.id).toMatch(/^user-runbook-[0-9a-z]+$/);
    const id = prepared.description.id;

    const kv = memoryKeyValueStore();
    const store = createTemplateStore(kv);
    await store.save({
      id: prepared.description.id,
      markdown,
      description: prepared.description,
      addedAt: 1,
    });
    const fresh = createTemplateRegistry(builtInTemplates);
    expect(await loadUserTemplates(store, fresh)).toEqual([]);
    expect(fresh.get(id)).toEqual(prepared.description);

    registry.add(prepared.description);
    const again = prepareUserTemplate(markdown, registry);
    expect(again.ok && again.description.id).toBe(`${id}-2`);
    const other = prepareUserTemplate(markdown.replace('Alerts', 'Alarms'), registry);
    expect(other.ok && other.description.id).toMatch(/^user-runbook-[0-9a-z]+$/);
    expect(other.ok && other.description.id).not.toBe(id);

    await store.remove(id);
    expect((await store.list()).templates).toEqual([]);
  });

  it('set aside what does not validate, and offer the rest', async () => {
    const registry = createTemplateRegistry([]);
    const prepared = prepareUserTemplate(markdown, registry);
    if (!prepared.ok) throw new Error(prepared.messages.join());
    const good = { id: prepared.description.id, markdown, description: prepared.description, addedAt: 2 };
    const kv = memoryKeyValueStore({
      good,
      junk: 'not a template',
      broken: {
        ...good,
        id: 'broken',
        description: { ...prepared.description, id: 'broken', titleField: 'nowhere' },
      },
    });
    const damaged = await loadUserTemplates(createTemplateStore(kv), registry);
    expect(damaged.map((d) => d.key).sort()).toEqual(['broken', 'junk']);
    expect(damaged.find((d) => d.key === 'broken')?.reason).toContain('titleField: no field "nowhere"');
    expect(registry.list().map((t) => t.id)).toEqual([prepared.description.id]);
  });

  it('reject bad templates with a message', () => {
    const registry = createTemplateRegistry([]);
    expect(prepareUserTemplate('', registry)).toEqual({ ok: false, messages: ['The template is empty.'] });
    expect(prepareUserTemplate('no heading here', registry).ok).toBe(false);
  });
});
