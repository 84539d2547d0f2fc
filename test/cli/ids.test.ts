import { describe, expect, test } from 'vitest';
import { angio } from '../helpers/cli.js';
import { freshCore, tempDbPath } from '../helpers/db.js';

/** A database holding registration #1, an Open P. */
function oneRegistration() {
  const path = tempDbPath();
  const { core, ops } = freshCore({ path });
  ops.createRegistration('tester', { type: 'P', data: { DT_HOSPZ: '2026-03-10' } });
  core.db.close();
  return path;
}

describe('a registration id on the command line is written one way', () => {
  test.each(['0x1', '1e0', '1.0', ' 1', '01', '+1', '#0x1'])(
    '"%s" is not read as #1: every command that takes ids says so, exit 2',
    (id) => {
      const db = oneRegistration();
      for (const args of [
        ['show', id],
        ['validate', id],
        ['send', id],
        ['consent', id],
        ['follow-up', id],
        ['retry', id],
        ['list', '--before', id],
      ]) {
        const r = angio(args, { ANGIO_DB: db });
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toContain(
          `"${id}" is not a registration id: write it as "angio list" shows it, a positive whole number in plain digits`,
        );
      }
    },
  );

  test('"1" and "#1" are #1', () => {
    const db = oneRegistration();
    expect(JSON.parse(angio(['show', '1', '--json'], { ANGIO_DB: db }).stdout).id).toBe(1);
    expect(JSON.parse(angio(['show', '#1', '--json'], { ANGIO_DB: db }).stdout).id).toBe(1);
  });
});

describe('a token number is written one way too', () => {
  test('revoking: "0x1" is not token 1, an unknown token is said, and in French', () => {
    const db = oneRegistration();
    const created = angio(['token', 'create', '--user', 'tester'], { ANGIO_DB: db });
    expect(created.code).toBe(0);
    expect(angio(['token', 'revoke', '0x1', '--lang', 'fr'], { ANGIO_DB: db })).toMatchObject({
      code: 2,
      stderr: '« 0x1 » n’est pas un numéro de jeton : donnez le numéro affiché par « angio token list ».\n',
    });
    expect(angio(['token', 'revoke', '1'], { ANGIO_DB: db })).toMatchObject({ code: 0, stdout: 'Token 1 revoked.\n' });
    expect(angio(['token', 'revoke', '1', '--lang', 'nl'], { ANGIO_DB: db })).toMatchObject({
      code: 2,
      stderr: 'Er is geen actief token 1: "angio token list" toont ze.\n',
    });
  });
});
