// Imported first by the page and by every worker, before any schema is built: zod reads this setting when a schema
// is created. (In the built page, public/zod-jitless.js sets it even earlier, before the first chunks load.) Jitless zod never builds parsers with `new Function`, which the Content-Security-Policy (no
// 'unsafe-eval') forbids, and skips its probe for it, which a strict policy reports as a violation.
import { z } from 'zod';

z.config({ jitless: true });
