export * from './registration-code.js';
export * from './pseudonymiser.js';
export * from './business-key.js';
export * from './send.js';
export * from './payloads.js';
export * from './corrections.js';
export * from './deliver.js';
export * from './prepared-send.js';
