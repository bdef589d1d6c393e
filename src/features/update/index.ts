// New versions of the app: the service worker's registration and the "A new version is ready" prompt.
export { registerUpdates } from './update-notice';
export { UpdatePrompt } from './update-prompt';
