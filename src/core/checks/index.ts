export * from './check-document';
export * from './step-status';
