// The public surface of the core: pure TypeScript, no React, router, DOM or storage (a lint rule enforces it).
export * from './document/create-document';
export * from './document/spec-document';
export * from './fields/field-kind-module';
export * from './fields/field-kinds';
export * from './import/check-import-input';
export * from './import/check-markdown-limits';
export * from './import/import-markdown';
export * from './import/import-report';
export * from './limits';
export * from './markdown/describe-changes';
export * from './markdown/detect-template';
export * from './markdown/read-markdown';
export * from './markdown/write-markdown';
export * from './template/types';
export * from './template/walk';
export * from './templates';
