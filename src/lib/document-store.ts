import type { SpecDocument, TemplateId } from '../core';

/** A draft as the app keeps it. */
export interface Draft {
  id: string;
  template: TemplateId;
  /** Derived from the document's title field when saved; shown in the drafts list. */
  title: string;
  createdAt: number;
  updatedAt: number;
  doc: SpecDocument;
}

/**
 * Where drafts live. The editor and routes depend on this interface only; the drafts feature backs it with
 * IndexedDB. Until then, an in-memory store keeps drafts for the life of the page.
 */
export interface DocumentStore {
  create(doc: SpecDocument): Promise<Draft>;
  get(id: string): Promise<Draft | undefined>;
  /** Saves a new version of a draft's document. */
  save(id: string, doc: SpecDocument): Promise<void>;
  list(): Promise<Draft[]>;
  remove(id: string): Promise<void>;
}

function newId(): string {
  return crypto.randomUUID();
}

/** A store that keeps drafts in memory only. */
export function createMemoryStore(): DocumentStore {
  const drafts = new Map<string, Draft>();
  return {
    async create(doc) {
      const now = Date.now();
      const draft: Draft = {
        id: newId(),
        template: doc.template,
        title: '',
        createdAt: now,
        updatedAt: now,
        doc,
      };
      drafts.set(draft.id, draft);
      return draft;
    },
    async get(id) {
      return drafts.get(id);
    },
    async save(id, doc) {
      const draft = drafts.get(id);
      if (draft) drafts.set(id, { ...draft, doc, updatedAt: Date.now() });
    },
    async list() {
      return [...drafts.values()].sort((a, b) => b.updatedAt - a.updatedAt);
    },
    async remove(id) {
      drafts.delete(id);
    },
  };
}

/** The store the app uses. */
export const documentStore: DocumentStore = createMemoryStore();
