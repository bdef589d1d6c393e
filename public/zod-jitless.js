// Runs before the app's modules (a classic script; modules are deferred): zod reads this when each schema is built,
// and some schemas are built while the app's first chunks load, before any module code could configure zod. Jitless
// zod never builds parsers with `new Function`, which the Content-Security-Policy forbids (no 'unsafe-eval'), and
// skips its probe for it, which the policy would report. `__zod_globalConfig` is where zod 4 keeps `z.config()`.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
