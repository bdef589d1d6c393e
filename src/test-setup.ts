// Vitest setup: DOM matchers for component tests (harmless in the node environment the core tests use).
import '@testing-library/jest-dom/vitest';
import fc from 'fast-check';

// Property tests draw the same inputs on every run by default, so `npm test` and CI are reproducible; set FC_SEED
// to another number to explore other inputs (fast-check prints the seed of any failure).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261121) });
