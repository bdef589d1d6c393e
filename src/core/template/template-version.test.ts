import { describe, expect, it } from 'vitest';
import { createDocument } from '../document/create-document';
import { technicalSpec } from '../templates';
import { recordTemplateVersion } from './template-version';

describe('recordTemplateVersion', () => {
  it('leaves a document made under the current version as it is', () => {
    const doc = createDocument(technicalSpec);
    expect(recordTemplateVersion(doc, technicalSpec)).toEqual({ doc });
    expect(recordTemplateVersion(doc, technicalSpec).doc).toBe(doc);
  });

  it('records the current version of a document made under an older one, and says which', () => {
    const doc = { ...createDocument(technicalSpec), templateVersion: 0 };
    const { doc: recorded, change } = recordTemplateVersion(doc, { version: 3 });
    expect(recorded.templateVersion).toBe(3);
    expect(recorded.fields).toBe(doc.fields);
    expect(change).toEqual({ from: 0, to: 3, older: true });
    // A hash tells only that it differs.
    expect(recordTemplateVersion({ ...doc, templateVersion: 'abc' }, { version: 'def' }).change).toEqual({
      from: 'abc',
      to: 'def',
      older: false,
    });
  });

  it('records the version of a document from before versions without reporting a change', () => {
    const { templateVersion: _, ...doc } = createDocument(technicalSpec);
    const result = recordTemplateVersion(doc, technicalSpec);
    expect(result.change).toBeUndefined();
    expect(result.doc.templateVersion).toBe(technicalSpec.version);
  });

  it('leaves the document of a template without a version as it is', () => {
    const doc = { ...createDocument(technicalSpec), templateVersion: 2 };
    expect(recordTemplateVersion(doc, {}).doc).toBe(doc);
  });
});
