import { z } from 'zod';
import { parseTemplateDescription } from '../../core/template/description-schema';
import type { TemplateRegistry } from '../../core/template/registry';
import type { TemplateDescription } from '../../core/template/types';
import { idbKeyValueStore, type KeyValueStore } from './key-value';

/** A user's own template as stored: the Markdown it came from and the description compiled from it. */
export interface UserTemplate {
  id: string;
  markdown: string;
  description: TemplateDescription;
  addedAt: number;
}

/** A stored value that is not a valid user template: reported, left in place, never offered. */
export interface DamagedTemplate {
  key: string;
  reason: string;
}

const envelopeSchema = z.object({
  id: z.string().min(1).max(64),
  markdown: z.string(),
  description: z.unknown(),
  addedAt: z.number(),
});

/** User templates in IndexedDB (their own database, beside the drafts'), each validated when read back. */
export interface TemplateStore {
  list(): Promise<{ templates: UserTemplate[]; damaged: DamagedTemplate[] }>;
  save(template: UserTemplate): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The template store over a key-value store (IndexedDB by default, a Map in tests). */
export function createTemplateStore(
  kv: KeyValueStore = idbKeyValueStore('specwright-templates', 'templates'),
) {
  const store: TemplateStore = {
    async list() {
      const templates: UserTemplate[] = [];
      const damaged: DamagedTemplate[] = [];
      for (const [key, value] of await kv.entries()) {
        const parsed = parseUserTemplate(value);
        if (parsed.ok) templates.push(parsed.template);
        else damaged.push({ key: String(key), reason: parsed.reason });
      }
      templates.sort((a, b) => a.addedAt - b.addedAt);
      return { templates, damaged };
    },
    save: (template) => kv.set(template.id, template),
    remove: (id) => kv.del(id),
  };
  return store;
}

/** A stored value read back as a user template, or why it is not one. */
export function parseUserTemplate(
  value: unknown,
): { ok: true; template: UserTemplate } | { ok: false; reason: string } {
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) return { ok: false, reason: 'not a stored template' };
  const description = parseTemplateDescription(envelope.data.description);
  if (!description.ok) return { ok: false, reason: description.messages.join('; ') };
  if (description.description.id !== envelope.data.id)
    return { ok: false, reason: 'its id does not match its key' };
  return { ok: true, template: { ...envelope.data, description: description.description } };
}

/** Adds the stored user templates to the registry; returns what could not be read. */
export async function loadUserTemplates(
  store: TemplateStore,
  registry: TemplateRegistry,
): Promise<DamagedTemplate[]> {
  const { templates, damaged } = await store.list();
  for (const template of templates) if (!registry.has(template.id)) registry.add(template.description);
  return damaged;
}
