// Browser-safe (no Node built-ins): the CMS admin bundles this entry as `@spik/shared/editorial`.
export * from '../municipalities.js';
export * from './choices.js';
export * from './rules.js';
export * from './accessibility.js';
export * from './content-types.js';
