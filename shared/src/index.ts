export * from './format.js';
export * from './generated/operations.js';
export * from './labels.js';
export * from './trusted-documents.js';
export * from './search.js';
export * from './editorial/index.js';
export * from './feedback.js';
export * from './project-period.js';
