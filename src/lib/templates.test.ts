import { describe, expect, it, vi } from 'vitest';
import { loadAppTemplates } from './templates';

describe('loadAppTemplates', () => {
  it('settles once both sources are done, with what the team index could not offer', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let userDone = false;
    const loaded = await loadAppTemplates({
      user: async () => {
        await Promise.resolve();
        userDone = true;
      },
      team: async () => ({ added: 0, problems: [{ entry: 'templates/a.md', reason: 'could not be read' }] }),
    });
    expect(userDone).toBe(true);
    expect(loaded.teamProblems).toEqual([{ entry: 'templates/a.md', reason: 'could not be read' }]);
  });

  it('never rejects: a source that fails offers nothing', async () => {
    const loaded = await loadAppTemplates({
      user: () => Promise.reject(new Error('no IndexedDB')),
      team: () => Promise.reject(new Error('offline')),
    });
    expect(loaded).toEqual({ teamProblems: [] });
  });
});
