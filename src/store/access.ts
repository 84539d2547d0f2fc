/**
 * Users and roles, enforced here in the core so that every door (TUI, CLI, API) obeys the same
 * rule. A user is the operating-system account running angio, or the user an API token belongs
 * to; the first user of a new database is its admin.
 *
 * - admin: everything, including users, settings, tokens and backups;
 * - physician and staff: create, edit, send and delete Open registrations, correct Sent ones;
 * - support: read everything, change nothing.
 */
import { systemClock, type Clock } from '../clock.js';
import type { Db } from './database.js';
import { refuse, StoreError } from './errors.js';

export const ROLES = ['admin', 'physician', 'staff', 'support'] as const;
export type Role = (typeof ROLES)[number];

export type Action =
  'read' | 'create' | 'edit' | 'send' | 'delete' | 'correct' | 'manage-users' | 'manage-settings' | 'manage-tokens' | 'manage-backups';

const RIGHTS: Record<Role, ReadonlySet<Action>> = {
  admin: new Set<Action>([
    'read',
    'create',
    'edit',
    'send',
    'delete',
    'correct',
    'manage-users',
    'manage-settings',
    'manage-tokens',
    'manage-backups',
  ]),
  physician: new Set<Action>(['read', 'create', 'edit', 'send', 'delete', 'correct']),
  staff: new Set<Action>(['read', 'create', 'edit', 'send', 'delete', 'correct']),
  support: new Set<Action>(['read']),
};

const VERB: Record<Action, string> = {
  read: 'read registrations',
  create: 'create registrations',
  edit: 'edit registrations',
  send: 'send registrations',
  delete: 'delete registrations',
  correct: 'correct Sent registrations',
  'manage-users': 'manage users',
  'manage-settings': 'change the site settings',
  'manage-tokens': 'manage API tokens',
  'manage-backups': 'back up the database',
};

/** Who was refused what (no role: not a user of the database), for a door to say in the user's language. */
export interface Refusal {
  user: string;
  role?: Role;
  action: Action;
}

/** A refused action: the sentence says who, what, and how to get the right. */
export class AccessDenied extends StoreError {
  constructor(
    message: string,
    readonly refusal?: Refusal,
  ) {
    super(message, 'forbidden');
    this.name = 'AccessDenied';
  }
}

export interface User {
  name: string;
  role: Role;
  riziv: string | null;
  createdAt: string;
  createdBy: string;
}

export interface Access {
  roleOf(user: string): Role | undefined;
  can(user: string, action: Action): boolean;
  /** Why the user may not do it, or undefined when they may. */
  whyNot(user: string, action: Action): string | undefined;
  assert(user: string, action: Action): void;
}

/** Every action allowed: for library use and tests that are not about access. */
export const allowAll: Access = { roleOf: () => 'admin', can: () => true, whyNot: () => undefined, assert: () => undefined };

/** The users of a database with their roles: who may do what, and managing them. */
export type Users = ReturnType<typeof createAccess>;

export function createAccess(
  db: Db,
  clock: Clock = systemClock,
): Access & {
  list(): User[];
  get(name: string): User | undefined;
  add(name: string, role: Role, by: string, riziv?: string): User;
  setRole(name: string, role: Role, by: string): User;
  remove(name: string, by: string): void;
  /** A user's own RIZIV number: set by the user, or by an admin. */
  setRiziv(name: string, riziv: string | null, by: string): User;
  /** The first user of a database becomes its admin. Returns true when `name` was made admin now. */
  claimFirstAdmin(name: string): boolean;
} {
  const stmt = {
    get: db.prepare('SELECT name, role, riziv, created_at AS createdAt, created_by AS createdBy FROM users WHERE name = ?'),
    list: db.prepare('SELECT name, role, riziv, created_at AS createdAt, created_by AS createdBy FROM users ORDER BY name'),
    insert: db.prepare('INSERT INTO users (name, role, riziv, created_at, created_by) VALUES (?, ?, ?, ?, ?)'),
    setRole: db.prepare('UPDATE users SET role = ? WHERE name = ?'),
    setRiziv: db.prepare('UPDATE users SET riziv = ? WHERE name = ?'),
    remove: db.prepare('DELETE FROM users WHERE name = ?'),
    count: db.prepare('SELECT count(*) FROM users').pluck(),
    admins: db.prepare("SELECT count(*) FROM users WHERE role = 'admin'").pluck(),
  };
  const get = (name: string) => stmt.get.get(name) as User | undefined;
  const whyNot = (user: string, action: Action): string | undefined => {
    const u = get(user);
    if (!u) return `User "${user}" is not known in this database: an admin adds them with "angio users add ${user} --role staff".`;
    if (RIGHTS[u.role].has(action)) return undefined;
    return `User "${user}" has the role ${u.role}, which may not ${VERB[action]}.`;
  };
  const lastAdmin = (name: string) => get(name)?.role === 'admin' && (stmt.admins.get() as number) === 1;
  const access = {
    roleOf: (user: string) => get(user)?.role,
    can: (user: string, action: Action) => whyNot(user, action) === undefined,
    whyNot,
    assert(user: string, action: Action) {
      const why = whyNot(user, action);
      const role = get(user)?.role;
      if (why) throw new AccessDenied(why, { user, action, ...(role ? { role } : {}) });
    },
    list: () => stmt.list.all() as User[],
    get,
    add(name: string, role: Role, by: string, riziv?: string): User {
      access.assert(by, 'manage-users');
      const existing = get(name);
      if (existing) throw refuse('invalid', 'refused.userExists', { user: name, role: existing.role });
      stmt.insert.run(name, role, riziv ?? null, clock.now().toISOString(), by);
      return get(name)!;
    },
    setRole(name: string, role: Role, by: string): User {
      access.assert(by, 'manage-users');
      if (!get(name)) throw refuse('not-found', 'refused.noUser', { user: name });
      if (role !== 'admin' && lastAdmin(name)) throw refuse('invalid', 'refused.lastAdminRole', { user: name });
      stmt.setRole.run(role, name);
      return get(name)!;
    },
    setRiziv(name: string, riziv: string | null, by: string): User {
      if (name !== by) access.assert(by, 'manage-users');
      if (!get(name)) throw refuse('not-found', 'refused.noUser', { user: name });
      stmt.setRiziv.run(riziv, name);
      return get(name)!;
    },
    remove(name: string, by: string) {
      access.assert(by, 'manage-users');
      if (!get(name)) throw refuse('not-found', 'refused.noUser', { user: name });
      if (lastAdmin(name)) throw refuse('invalid', 'refused.lastAdminRemove', { user: name });
      stmt.remove.run(name);
    },
    claimFirstAdmin(name: string): boolean {
      return db
        .transaction(() => {
          if ((stmt.count.get() as number) > 0) return false;
          stmt.insert.run(name, 'admin', null, clock.now().toISOString(), name);
          return true;
        })
        .immediate();
    },
  };
  return access;
}
