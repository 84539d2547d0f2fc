/** `angio users` and `angio token`: who may do what, and the API's bearer tokens (admin only). */
import type { Command } from 'commander';
import { say } from '../../messages.js';
import { dateTimeText, dayText, type Lang } from '../../registry/index.js';
import { createTokens, ROLES, StoreError, type Role } from '../../store/index.js';
import { UsageError, withSession, type GlobalOptions } from '../context.js';
import { columns, table } from '../format.js';

const role = (r: string, lang: Lang): Role => {
  if (!(ROLES as readonly string[]).includes(r))
    throw new UsageError(say(lang, 'cli.users.unknownRole', { role: r, roles: ROLES.join(', ') }));
  return r as Role;
};

export function registerUsers(program: Command, lang: Lang) {
  const users = program.command('users').description(say(lang, 'help.users'));
  users
    .command('list')
    .description(say(lang, 'help.users.list'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (o: { json?: boolean }, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        const list = s.core.users.list();
        if (o.json) console.log(JSON.stringify(list, null, 1));
        else
          console.log(
            table([
              columns(lang, 'cli.users.columns'),
              ...list.map((u) => [u.name, u.role, u.riziv ?? '—', dayText(u.createdAt), u.createdBy]),
            ]),
          );
      });
    });
  users
    .command('add <name>')
    .description(say(lang, 'help.users.add'))
    .requiredOption('--role <role>', ROLES.join(', '))
    .option('--riziv <number>', say(lang, 'help.users.add.--riziv'))
    .action(async (name: string, o: { role: string; riziv?: string }, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        const u = s.ops.addUser(s.user, { name, role: role(o.role, lang), riziv: o.riziv });
        console.log(say(lang, 'cli.users.added', { name: u.name, role: u.role }));
      });
    });
  users
    .command('set-role <name> <role>')
    .description(say(lang, 'help.users.set-role'))
    .action(async (name: string, r: string, _o: unknown, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        console.log(say(lang, 'cli.users.role', { name, role: s.ops.changeRole(s.user, { name, role: role(r, lang) }).role }));
      });
    });
  users
    .command('remove <name>')
    .description(say(lang, 'help.users.remove'))
    .action(async (name: string, _o: unknown, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        s.ops.removeUser(s.user, { name });
        console.log(say(lang, 'cli.users.removed', { name }));
      });
    });

  const token = program.command('token').description(say(lang, 'help.token'));
  token
    .command('create')
    .description(say(lang, 'help.token.create'))
    .requiredOption('--user <name>', say(lang, 'help.token.create.--user'))
    .option('--label <text>', say(lang, 'help.token.create.--label'))
    .action(async (o: { user: string; label?: string }, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        const t = s.ops.createToken(s.user, { for: o.user, label: o.label });
        console.log(t.token);
        console.error(say(lang, 'cli.token.keep', { id: t.id, user: o.user }));
      });
    });
  token
    .command('list')
    .description(say(lang, 'help.token.list'))
    .action(async (_o: unknown, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        s.core.users.assert(s.user, 'manage-tokens');
        console.log(
          table([
            columns(lang, 'cli.token.columns'),
            ...createTokens(s.core.db)
              .list()
              .map((t) => [
                String(t.id),
                t.user,
                t.label ?? '—',
                dateTimeText(t.createdAt),
                dateTimeText(t.lastUsedAt),
                dateTimeText(t.revokedAt),
              ]),
          ]),
        );
      });
    });
  token
    .command('revoke <id>')
    .description(say(lang, 'help.token.revoke'))
    .action(async (id: string, _o: unknown, cmd: Command) => {
      // Digits only: "0x1" or "1e0" never stand for token 1.
      if (!/^[1-9]\d{0,15}$/.test(id)) throw new UsageError(say(lang, 'cli.token.notAnId', { text: id }));
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        try {
          s.ops.revokeToken(s.user, { id: Number(id) });
        } catch (e) {
          if (e instanceof StoreError && e.reason === 'not-found') throw new UsageError(say(lang, 'cli.token.noSuch', { id }));
          throw e;
        }
        console.log(say(lang, 'cli.token.revoked', { id }));
      });
    });
}
