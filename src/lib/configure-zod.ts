import { z } from 'zod';

/**
 * Zod without its compiled fast path: that path builds parsers with `new Function`, which the Content-Security-Policy
 * (no 'unsafe-eval') forbids, and zod's probe for it would log a violation. Called first by the page and by every
 * worker that validates with zod.
 */
export function configureZod(): void {
  z.config({ jitless: true });
}
