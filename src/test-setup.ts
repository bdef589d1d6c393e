// Vitest setup: DOM matchers for component tests (harmless in the node environment the core tests use).
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import fc from 'fast-check';

// `findBy...` waits for what loads lazily (the template compiler, the reader): on a busy 2-core machine that can
// take longer than the library's one second, which is a slow machine, not a failure.
configure({ asyncUtilTimeout: 10_000 });

// Property tests draw the same inputs on every run by default, so `npm test` and CI are reproducible; set FC_SEED
// to another number to explore other inputs (fast-check prints the seed of any failure).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261121) });
