import { registerSW } from 'virtual:pwa-register';
import { createStore } from '../../core/store';

let reloadRequested = false;
let applyUpdate: (() => Promise<void>) | undefined;
const ready = createStore(false);

const setReady = () => ready.set(true);

/** Whether a new version is waiting for "Reload". */
export const isUpdateReady: () => boolean = ready.get;

/** Calls `listener` when a new version becomes ready; returns the unsubscribe function. */
export const subscribeToUpdate: (listener: () => void) => () => void = ready.subscribe;

/** "Reload": the new version takes over and this tab reloads, the only time a tab ever reloads for an update. */
export function reloadForUpdate(): void {
  reloadRequested = true;
  // The page reloads once the new worker controls it (an update found outside workbox-window's own registration
  // does not always raise its "controlling" event).
  navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  if (applyUpdate) void applyUpdate();
  else window.location.reload();
}

/**
 * Registers the service worker, which precaches the app so that after one visit it starts offline. A new version
 * installs in the background and waits (registerType 'prompt'): the page is told, and only the user's "Reload"
 * activates it. When another tab's "Reload" activates it, this tab is told again instead of reloading, so undo
 * history, open dialogs and unsaved text are never lost to an update.
 */
export function registerUpdates(): void {
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh: setReady,
    onNeedReload: () => {
      if (reloadRequested) window.location.reload();
      else setReady();
    },
  });
}
