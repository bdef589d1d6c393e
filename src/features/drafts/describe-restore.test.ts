import { describe, expect, it } from 'vitest';
import { createDocument, technicalSpec } from '../../core';
import type { Draft, PutResult } from '../../lib/document-store';
import { renameDocument } from '../../lib/storage/draft-record';
import { describeRestore, maxTitlesNamed } from './describe-restore';

function draft(title: string): Draft {
  const doc = renameDocument(createDocument(technicalSpec), title);
  return { id: title, template: 'technical-spec', title, createdAt: 1, updatedAt: 2, revision: 1, doc };
}

const quota = { problem: 'full', detail: 'QuotaExceededError: full', journaled: false } as const;

describe('describeRestore', () => {
  it('says exactly what was stored, copied, refused and skipped', () => {
    const results: PutResult[] = [
      { status: 'stored', draft: draft('A') },
      { status: 'copied', draft: draft('B') },
      { status: 'failed', draft: draft('C'), failure: quota },
      { status: 'unchanged', draft: draft('D') },
    ];
    const text = describeRestore('x.json', {
      results,
      unchanged: 1,
      skipped: [{ index: 4, reason: 'nested more than 64 levels deep' }],
    });
    expect(text).toBe(
      'Restored 2 of 3 drafts from x.json. New: “A”. Restored as copies, because a different version is already here: “B”. 2 drafts already here, unchanged. Not stored, because the browser’s storage for this site is full: “C”. 1 entry in the file could not be read and was skipped. Entry 5: nested more than 64 levels deep.',
    );
    expect(text).not.toContain('private window');
  });

  it('names a few titles of a long list and counts the rest', () => {
    const results: PutResult[] = Array.from({ length: 10_000 }, (_, i) => ({
      status: 'stored',
      draft: draft(`T${i}`),
    }));
    const text = describeRestore('big.json', { results, unchanged: 0, skipped: [] });
    expect(text).toBe(
      `Restored 10,000 drafts from big.json. New: “T0”, “T1”, “T2”, “T3”, “T4” and ${(10_000 - maxTitlesNamed).toLocaleString('en')} more.`,
    );
  });
});
