import { expect, type Page } from '@playwright/test';
import { createDocument, getTemplate, type SpecDocument, type TemplateId } from '../src/core';

/** Where the app keeps drafts (src/lib/document-store.ts). */
export const dbName = 'specwright';
export const storeName = 'drafts';

/** A stored draft record as the app writes it. */
export function storedDraft(
  id: string,
  template: TemplateId,
  title: string,
  updatedAt: number,
  edit: (doc: SpecDocument) => void = () => {},
) {
  const doc = createDocument(getTemplate(template));
  doc.fields[getTemplate(template).titleField] = title;
  edit(doc);
  return { id, template, title, createdAt: updatedAt - 1000, updatedAt, doc };
}

/** Writes records straight into the app's IndexedDB (the page must be on the app's origin). */
export async function seedStore(page: Page, records: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    ({ dbName, storeName, records }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onupgradeneeded = () => request.result.createObjectStore(storeName);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(storeName, 'readwrite');
          for (const [key, value] of Object.entries(records)) tx.objectStore(storeName).put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { dbName, storeName, records },
  );
}

/** Every record in the app's IndexedDB, by key. */
export async function readStore(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    ({ dbName, storeName }) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onupgradeneeded = () => request.result.createObjectStore(storeName);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const store = db.transaction(storeName, 'readonly').objectStore(storeName);
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            const out: Record<string, unknown> = {};
            keys.result.forEach((key, i) => {
              out[String(key)] = values.result[i];
            });
            db.close();
            resolve(out);
          };
          values.onerror = () => reject(values.error);
        };
      }),
    { dbName, storeName },
  );
}

/** Opens the home page with these records stored. */
export async function openHomeWith(page: Page, records: Record<string, unknown>): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Drafts' })).toBeVisible();
  await seedStore(page, records);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Drafts' })).toBeVisible();
}

/** The drafts list of the home page, and one draft in it by title. */
export function draftsList(page: Page) {
  return page.getByRole('list', { name: 'Drafts' });
}

export function draftCard(page: Page, title: string) {
  return draftsList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}
