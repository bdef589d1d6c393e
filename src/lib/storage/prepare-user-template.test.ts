import { describe, expect, it } from 'vitest';
import { createDocument } from '../../core/document/create-document';
import { createTemplateRegistry } from '../../core/template/registry';
import { textHash } from '../text-hash';
import { prepareUserTemplate } from './prepare-user-template';

const markdown = '# Decision: {title}\n\n## Context\n\n{context}\n';

describe('prepareUserTemplate', () => {
  it('gives the template its text as version, which documents made from it record', () => {
    const prepared = prepareUserTemplate(markdown, createTemplateRegistry([]));
    if (!prepared.ok) throw new Error(prepared.messages.join(' '));
    expect(prepared.description.id).toMatch(/^user-decision-[0-9a-z]+$/);
    expect(prepared.description.version).toBe(textHash(markdown));
    const doc = createDocument(prepared.description);
    expect(doc.templateVersion).toBe(textHash(markdown));
    expect(doc.templateCopy?.version).toBe(textHash(markdown));
  });

  it('passes the messages of a bad template through', () => {
    expect(prepareUserTemplate('', createTemplateRegistry([])).ok).toBe(false);
  });
});
