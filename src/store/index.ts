export * from './database.js';
export * from './errors.js';
export * from './registrations.js';
export type { Registration } from './rows.js';
export type { AuditEntry, Change } from './audit.js';
