export * from './check-document';
export * from './check-spec';
export * from './findings-markdown';
export * from './rules';
export * from './spec-finding';
export * from './step-status';
