// Runs the spec checks off the main thread: the first check of a large document parses thousands of values, and
// typing must never wait for it. One message in, one out.
import '../../lib/worker-dom-shim';
import { type ChecksRequest, runChecks } from './run-checks';

self.onmessage = (event: MessageEvent<ChecksRequest>) => {
  self.postMessage(runChecks(event.data));
};
