// Vitest setup: DOM matchers for component tests (harmless in the node environment the core tests use).
import '@testing-library/jest-dom/vitest';
