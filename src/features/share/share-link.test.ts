import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import lzString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { createDocument, featureSpec, limits, technicalSpec } from '../../core';
import { decodeShareData } from './decode-share-data';
import { encodeShareData, shareUrl } from './share-link';

const location = { origin: 'https://example.org', pathname: '/tools/specs/', search: '' };

describe('share links', () => {
  it('round-trips a document, unicode and Markdown included', () => {
    const doc = createDocument(technicalSpec);
    doc.fields.title = 'Søk & filter — “quotes” # | * `code` 🚀';
    expect(decodeShareData(encodeShareData(doc))).toEqual({ ok: true, doc });
  });

  it('puts the document in the fragment of the page address, with URL-safe characters only', () => {
    const url = shareUrl(createDocument(featureSpec), location);
    expect(url.startsWith('https://example.org/tools/specs/#/shared/')).toBe(true);
    const data = url.slice(url.indexOf('#/shared/') + '#/shared/'.length);
    expect(data).toMatch(/^[A-Za-z0-9+\-$]+$/);
    expect(decodeShareData(data).ok).toBe(true);
  });

  it('refuses empty, truncated and garbled links with a reason', () => {
    const data = encodeShareData(createDocument(technicalSpec));
    for (const bad of [
      '',
      '   ',
      data.slice(0, data.length / 2),
      data.slice(0, 10),
      `${data.slice(0, 40)}QQQQ${data.slice(44)}`,
      'hello',
      '$$$',
    ]) {
      const decoded = decodeShareData(bad);
      expect(decoded.ok, bad).toBe(false);
      if (!decoded.ok) expect(decoded.reason).toMatch(/link/);
    }
  });

  it('carries the description of a template that does not ship, so the link opens anywhere', () => {
    const description = { ...technicalSpec, id: 'user-our-design-doc-x1', name: 'Our Design Doc' };
    const doc = createDocument(description);
    expect(doc.templateCopy).toEqual(description);
    doc.fields.title = 'Shared design';
    // The receiving page has never seen the template: the link's copy makes it known there.
    const decoded = decodeShareData(encodeShareData(doc));
    expect(decoded).toEqual({ ok: true, doc });
  });

  it('refuses valid JSON that is not a document of a known template', () => {
    const wrap = (value: unknown) => lzString.compressToEncodedURIComponent(JSON.stringify(value));
    expect(decodeShareData(wrap({ v: 1, doc: { template: 'other', fields: {} } }))).toEqual({
      ok: false,
      reason: expect.stringContaining('template'),
    });
    expect(decodeShareData(wrap({ v: 1, doc: { template: 'technical-spec', fields: {} } })).ok).toBe(false);
    expect(decodeShareData(wrap({ v: 2, doc: createDocument(technicalSpec) })).ok).toBe(false);
    expect(decodeShareData(wrap(createDocument(technicalSpec))).ok).toBe(false);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const decoded = decodeShareData(input);
        expect(typeof decoded.ok).toBe('boolean');
      }),
    );
  });
});

describe('share link limits', () => {
  it('refuses a link longer than the documented length without unpacking it', () => {
    const decoded = decodeShareData('A'.repeat(limits.maxShareDataLength + 1));
    expect(decoded).toEqual({
      ok: false,
      reason: expect.stringMatching(/^This share link is too long \(32,001 characters/),
    });
  });

  it('stops unpacking a decompression bomb at the documented size', () => {
    // A document whose title is 2.5 million "a"s, compressed once (compressing it takes a minute).
    const bomb = readFileSync(join(process.cwd(), 'e2e/fixtures/hardening/bomb-link.txt'), 'utf8').trim();
    expect(bomb.length).toBeLessThan(limits.maxShareDataLength);
    expect(decodeShareData(bomb)).toEqual({
      ok: false,
      reason: expect.stringMatching(/unpacks to more than 2,000,000 characters/),
    });
  });
});
