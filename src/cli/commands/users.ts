/** `angio users` and `angio token`: who may do what, and the API's bearer tokens (admin only). */
import type { Command } from 'commander';
import { createTokens, ROLES, type Role } from '../../store/index.js';
import { UsageError, withSession, type GlobalOptions } from '../context.js';
import { table } from '../format.js';

const role = (r: string): Role => {
  if (!(ROLES as readonly string[]).includes(r)) throw new UsageError(`Unknown role "${r}": use ${ROLES.join(', ')}.`);
  return r as Role;
};

export function registerUsers(program: Command) {
  const users = program.command('users').description('users and their roles: admin, physician, staff, support');
  users
    .command('list')
    .description('every user with role')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        const list = s.core.users.list();
        if (o.json) console.log(JSON.stringify(list, null, 1));
        else
          console.log(
            table([
              ['user', 'role', 'RIZIV', 'added', 'by'],
              ...list.map((u) => [u.name, u.role, u.riziv ?? '—', u.createdAt.slice(0, 10), u.createdBy]),
            ]),
          );
      });
    });
  users
    .command('add <name>')
    .description('add a user (admin only)')
    .requiredOption('--role <role>', ROLES.join(', '))
    .option('--riziv <number>', 'RIZIV/INAMI number of a physician')
    .action(async (name: string, o: { role: string; riziv?: string }, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        const u = s.ops.addUser(s.user, { name, role: role(o.role), riziv: o.riziv });
        console.log(`${u.name} added as ${u.role}.`);
      });
    });
  users
    .command('set-role <name> <role>')
    .description('change a role (admin only)')
    .action(async (name: string, r: string, _o: unknown, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        console.log(`${name} is now ${s.ops.changeRole(s.user, { name, role: role(r) }).role}.`);
      });
    });
  users
    .command('remove <name>')
    .description('remove a user (admin only); their registrations stay')
    .action(async (name: string, _o: unknown, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        s.ops.removeUser(s.user, { name });
        console.log(`${name} removed.`);
      });
    });

  const token = program.command('token').description('bearer tokens of the S2S API (admin only)');
  token
    .command('create')
    .description('create a token for a user; it is shown once')
    .requiredOption('--user <name>', 'the user the token acts as')
    .option('--label <text>', 'what the token is for')
    .action(async (o: { user: string; label?: string }, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        const t = s.ops.createToken(s.user, { for: o.user, label: o.label });
        console.log(t.token);
        console.error(`Token ${t.id} for ${o.user}: keep it now, it cannot be shown again.`);
      });
    });
  token
    .command('list')
    .description('tokens (never their secret)')
    .action(async (_o: unknown, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        s.core.users.assert(s.user, 'manage-tokens');
        console.log(
          table([
            ['id', 'user', 'label', 'created', 'last used', 'revoked'],
            ...createTokens(s.core.db)
              .list()
              .map((t) => [
                String(t.id),
                t.user,
                t.label ?? '—',
                t.createdAt.slice(0, 16),
                t.lastUsedAt?.slice(0, 16) ?? '—',
                t.revokedAt?.slice(0, 16) ?? '—',
              ]),
          ]),
        );
      });
    });
  token
    .command('revoke <id>')
    .description('revoke a token')
    .action(async (id: string, _o: unknown, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        s.ops.revokeToken(s.user, { id: Number(id) });
        console.log(`Token ${id} revoked.`);
      });
    });
}
