// Opens a share link off the main thread: its data comes from whoever sent the link, and decoding, writing and
// parsing it can be made slow; the page stays responsive and terminates this worker past the parse budget.
import '../../lib/zod-jitless';
import '../../lib/worker-dom-shim';
import { type OpenedShare, openShared } from './open-shared';

self.onmessage = (event: MessageEvent<string>) => {
  let opened: OpenedShare;
  try {
    opened = openShared(event.data);
  } catch (error) {
    opened = {
      ok: false,
      reason: `This share link could not be opened (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  self.postMessage(opened);
};
