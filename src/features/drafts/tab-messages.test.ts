import { describe, expect, it } from 'vitest';
import { createDocument, type SpecDocument, technicalSpec } from '../../core';
import { readTabDocument } from './tab-document';
import { parseTabMessage as parseWith } from './tab-messages';

const parseTabMessage = (data: unknown) => parseWith(data, readTabDocument);

const doc = createDocument(technicalSpec);
const editing = { type: 'editing', draftId: 'd', from: 't', editedAt: 0, openedAt: 1, doc };

describe('parseTabMessage', () => {
  it('reads every message of the protocol', () => {
    expect(parseTabMessage({ type: 'hello', draftId: 'd', from: 't' })).toEqual({
      type: 'hello',
      draftId: 'd',
      from: 't',
    });
    expect(parseTabMessage(editing)).toEqual(editing);
    expect(parseTabMessage({ type: 'take-over', draftId: 'd', from: 't' })?.type).toBe('take-over');
    expect(parseTabMessage({ type: 'released', draftId: 'd', from: 't', to: 'u' })?.type).toBe('released');
    expect(
      parseTabMessage({ type: 'rename', draftId: 'd', from: 't', request: 'r', title: 'New' })?.type,
    ).toBe('rename');
    expect(parseTabMessage({ type: 'renamed', draftId: 'd', from: 't', request: 'r' })?.type).toBe('renamed');
  });

  it('drops anything else: junk, unknown types, wrong field types, documents that do not fit their template', () => {
    for (const junk of [
      null,
      undefined,
      'editing',
      42,
      [],
      {},
      { type: 'delete-all', draftId: 'd', from: 't' },
    ])
      expect(parseTabMessage(junk)).toBeNull();
    expect(parseTabMessage({ type: 'hello', draftId: 42, from: 't' })).toBeNull();
    expect(parseTabMessage({ type: 'hello', draftId: '', from: 't' })).toBeNull();
    expect(parseTabMessage({ ...editing, doc: undefined })).toBeNull();
    expect(parseTabMessage({ ...editing, doc: { template: 'technical-spec', fields: 'x' } })).toBeNull();
    expect(parseTabMessage({ ...editing, doc: { ...doc, template: 'evil' } })).toBeNull();
    expect(parseTabMessage({ ...editing, doc: { ...doc, fields: { ...doc.fields, title: 7 } } })).toBeNull();
    expect(parseTabMessage({ ...editing, editedAt: -1 })).toBeNull();
    expect(
      parseTabMessage({ type: 'rename', draftId: 'd', from: 't', request: 'r', title: { toString: 'x' } }),
    ).toBeNull();
  });

  it('drops editing messages on a page that reads no documents', () => {
    expect(parseWith(editing)).toBeNull();
    expect(parseWith({ type: 'renamed', draftId: 'd', from: 't', request: 'r' })?.type).toBe('renamed');
  });

  it('drops a document nested too deep to check safely', () => {
    let nested: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) nested = { level: nested };
    expect(parseTabMessage({ ...editing, doc: { ...doc, extraFrontMatter: { nested } } })).toBeNull();
  });

  it('drops a document another version would have to upgrade, rather than loading the Markdown writer for it', () => {
    const { version: _version, ...older } = doc as SpecDocument & { version?: number };
    expect(parseTabMessage({ ...editing, doc: older })).toBeNull();
    expect(parseTabMessage({ ...editing, doc: { ...doc, version: 1 } })).toBeNull();
  });
});
