/**
 * The admin's work: users and their roles, API tokens, reference lists. Each checks the right
 * first, as every operation does; the users table keeps its own rules (the last admin stays).
 */
import type { ReferenceEntry } from '../validation/index.js';
import { createTokens, type ListInfo, type Role, type User } from '../store/index.js';
import type { Core } from './core.js';
import { assertMay } from './permissions.js';

export function addUser(core: Core, user: string, input: { name: string; role: Role; riziv?: string | undefined }): User {
  assertMay(core, user, 'manageUsers');
  return core.users.add(input.name, input.role, user, input.riziv);
}

export function changeRole(core: Core, user: string, input: { name: string; role: Role }): User {
  assertMay(core, user, 'manageUsers');
  return core.users.setRole(input.name, input.role, user);
}

export function removeUser(core: Core, user: string, input: { name: string }): void {
  assertMay(core, user, 'manageUsers');
  core.users.remove(input.name, user);
}

/** A bearer token for a user of the API; the returned text is shown once and never stored. */
export function createToken(core: Core, user: string, input: { for: string; label?: string | undefined }): { id: number; token: string } {
  assertMay(core, user, 'manageTokens');
  return createTokens(core.db, core.clock).create(input.for, input.label);
}

export function revokeToken(core: Core, user: string, input: { id: number }): void {
  assertMay(core, user, 'manageTokens');
  createTokens(core.db, core.clock).revoke(input.id);
}

/** Loads a reference list (physicians, devices, postal codes), replacing it or merging into it, in one transaction. */
export function loadReferenceList(
  core: Core,
  user: string,
  input: { list: string; entries: Omit<ReferenceEntry, 'list'>[]; replace: boolean; source: string },
): ListInfo {
  assertMay(core, user, 'loadReferenceList');
  return core.referenceLists.load(input.entries, input.list, { replace: input.replace, source: input.source, user });
}
