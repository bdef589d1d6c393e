import fc from 'fast-check';
import lzString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressBounded } from './bounded-decompress';

const compress = (text: string) => lzString.compressToEncodedURIComponent(text);

// A shared machine: generous timeouts.
describe('decompressBounded', { timeout: 30_000 }, () => {
  it('decodes exactly what lz-string decodes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(decompressBounded(compress(text), Number.POSITIVE_INFINITY)).toEqual(
          text === '' ? { ok: false, reason: 'damaged' } : { ok: true, text },
        );
      }),
    );
    const json = JSON.stringify({
      v: 1,
      doc: { title: 'Søk & filter 🚀', rows: Array(200).fill('FR-1 | x') },
    });
    expect(decompressBounded(compress(json), json.length)).toEqual({ ok: true, text: json });
  });

  it('stops as soon as the output passes the cap: a small link that unpacks to millions of characters', () => {
    const bomb = compress('a'.repeat(200_000));
    expect(bomb.length).toBeLessThan(1_000);
    expect(decompressBounded(bomb, 100_000)).toEqual({ ok: false, reason: 'too-large' });
    expect(decompressBounded(compress('a'.repeat(1000)), 999)).toEqual({ ok: false, reason: 'too-large' });
    expect(decompressBounded(compress('a'.repeat(1000)), 1000)).toEqual({ ok: true, text: 'a'.repeat(1000) });
  });

  it('refuses what lz-string refuses, and never throws', () => {
    const data = compress('{"v":1,"doc":{}}');
    for (const bad of ['', data.slice(0, 5), 'hello', '$$$']) {
      expect(lzString.decompressFromEncodedURIComponent(bad) || null).toBe(null);
      expect(decompressBounded(bad, 1e6).ok).toBe(false);
    }
    fc.assert(
      fc.property(fc.string(), (input) => {
        const decoded = decompressBounded(input, 1e5);
        let reference: string | null;
        try {
          reference = lzString.decompressFromEncodedURIComponent(input);
        } catch {
          reference = null; // lz-string throws on some garbage
        }
        if (decoded.ok) expect(decoded.text).toBe(reference);
      }),
    );
  });
});
