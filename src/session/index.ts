export * from './session.js';
export * from './init.js';
