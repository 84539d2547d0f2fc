export * from './database.js';
export * from './errors.js';
export * from './registrations.js';
export { editableData } from './rows.js';
export type { Delivery, Registration } from './rows.js';
export type { AuditEntry, Change } from './audit.js';
export * from './outbox.js';
export * from './access.js';
export * from './tokens.js';
