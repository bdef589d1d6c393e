import type { DocumentStore } from '../../lib/document-store';
import { openTabChannel } from './tab-messages';

/** How long the home page waits for a tab editing the draft to take a rename before renaming it in storage. */
const renameAnswerMs = 1000;

/**
 * Renames a draft through the tab that edits it, if there is one (it applies the new title to its form, which
 * then saves it, so that its next save cannot undo the rename); otherwise in storage, read and written at once.
 * Resolves true when it was renamed.
 */
export async function renameDraft(store: DocumentStore, id: string, title: string): Promise<boolean> {
  const request = crypto.randomUUID();
  const answered = await new Promise<boolean>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const channel = openTabChannel((message) => {
      if (message.type !== 'renamed' || message.draftId !== id || message.request !== request) return;
      clearTimeout(timer);
      channel?.close();
      resolve(true);
    });
    if (!channel) {
      resolve(false);
      return;
    }
    timer = setTimeout(() => {
      channel.close();
      resolve(false);
    }, renameAnswerMs);
    channel.post({ type: 'rename', draftId: id, from: request, request, title });
  });
  if (answered) return true;
  return (await store.rename(id, title)) !== undefined;
}
