/** `angio doctor`: checks permissions, integrity, the outbox and the configuration, and says what to fix. */
import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { chainHead, checkInvariants, latestSchemaVersion, schemaVersionOf, type Violation } from '../../store/index.js';
import { checkSentRegistrations } from '../../transmit/index.js';
import { databasePath, hospitalOf, secretPath, type Delegation } from '../../session/index.js';
import { currentSettings } from '../../operations/index.js';
import { toSettingsData } from '../../config/index.js';
import { EXIT, withSession, type GlobalOptions } from '../context.js';

type Level = 'ok' | 'warn' | 'fail';
interface Finding {
  level: Level;
  check: string;
  detail: string;
  fix?: string;
}

const mode = (path: string) => statSync(path).mode & 0o777;
const listed = (vs: readonly Violation[], withRule = true) =>
  vs
    .slice(0, 3)
    .map((v) => `${v.registrationId ? `#${v.registrationId} ` : ''}${withRule ? `${v.rule}: ` : ''}${v.detail}`)
    .join('; ');
/** Rules whose violations are shown as their own finding, rather than under "integrity". */
const APART: Record<string, string> = {
  'audit chain': 'audit chain',
  triggers: 'append-only triggers',
  code: 'registration codes',
  payload: 'outbox payloads',
};

/**
 * How the installation is shared (docs/server.md#many-staff-one-server): who owns the database
 * and its secret, and whether anyone else could replace them.
 */
function setUp(dbPath: string, secretFile: string, delegation: Delegation | undefined): Finding[] {
  const out: Finding[] = [];
  if (dbPath === ':memory:' || !existsSync(dbPath)) return out;
  const db = statSync(dbPath);
  if (delegation)
    out.push({
      level: 'ok',
      check: 'set-up',
      detail: `${delegation.person} works through sudo as ${delegation.service}, which owns the database`,
    });
  else if (process.getuid?.() === 0 && db.uid !== 0)
    out.push({
      level: 'warn',
      check: 'set-up',
      detail: `run as root on a database owned by uid ${db.uid}`,
      fix: 'run angio as the account that owns the database (sudo -u <account> angio doctor)',
    });
  if (existsSync(secretFile) && statSync(secretFile).uid !== db.uid)
    out.push({
      level: 'fail',
      check: 'set-up',
      detail: `the secret belongs to uid ${statSync(secretFile).uid}, the database to uid ${db.uid}`,
      fix: `chown --reference=${dbPath} ${secretFile}`,
    });
  const dir = dirname(dbPath);
  const d = statSync(dir);
  const worldWritable = (d.mode & 0o002) !== 0 && (d.mode & 0o1000) === 0;
  if (worldWritable || (d.mode & 0o020) !== 0)
    out.push({
      level: worldWritable ? 'fail' : 'warn',
      check: 'set-up',
      detail: `${dir} is ${(d.mode & 0o7777).toString(8)}: ${worldWritable ? 'anyone' : 'its group'} can replace or remove the database there`,
      fix: `chmod 700 ${dir}`,
    });
  return out;
}

export function registerDoctor(program: Command) {
  program
    .command('doctor')
    .description('check file permissions, database integrity, the outbox and the configuration; exit 1 when something must be fixed')
    .option('--full', 'check every registration against its audit log (slow on large databases)')
    .option('--json', 'print JSON')
    .action(async (o: { full?: boolean; json?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const path = databasePath(g);
      const findings: Finding[] = [];
      const add = (level: Level, check: string, detail: string, fix?: string) =>
        findings.push({ level, check, detail, ...(fix ? { fix } : {}) });
      await withSession(g, {}, (s) => {
        const schema = schemaVersionOf(s.core.db);
        add('ok', 'schema', `version ${schema}${schema === latestSchemaVersion() ? '' : ` (this angio writes ${latestSchemaVersion()})`}`);
        const secretFile = secretPath(path);
        const unavailable = s.core.pseudonymiser.unavailable;
        if (unavailable) add('fail', 'pseudonymisation secret', unavailable);
        for (const f of setUp(path, secretFile, s.delegation)) add(f.level, f.check, f.detail, f.fix);
        for (const [what, file] of [
          ['database', path],
          ['pseudonymisation secret', secretFile],
        ] as const) {
          if (!existsSync(file)) {
            if (!unavailable) add('fail', what, `${file} is missing`);
            continue;
          }
          const m = mode(file);
          if (m & 0o077) add('fail', `${what} permissions`, `${file} is ${m.toString(8)}: readable by others`, `chmod 600 ${file}`);
          else add('ok', `${what} permissions`, `${file} is ${m.toString(8)}`);
        }
        const limit = o.full ? undefined : 10_000;
        const violations = [
          ...checkInvariants(s.core.db, limit ? { limit } : {}),
          ...checkSentRegistrations(s.core.db, {
            pseudonymiser: unavailable ? undefined : s.core.pseudonymiser,
            ...(limit ? { limit } : {}),
          }),
        ];
        const restore = 'restore the last backup, or call support with this output';
        const integrity = violations.filter((v) => !APART[v.rule]);
        if (integrity.length) add('fail', 'integrity', `${integrity.length} problem(s), e.g. ${listed(integrity)}`, restore);
        else
          add(
            'ok',
            'integrity',
            `SQLite integrity check passed; ${limit ? `the newest ${limit} registrations` : 'every registration'} consistent with audit log and outbox`,
          );
        for (const [rule, check] of Object.entries(APART)) {
          const found = violations.filter((v) => v.rule === rule);
          if (found.length) add('fail', check, `${found.length} problem(s): ${listed(found, false)}`, restore);
        }
        const head = chainHead(s.core.db);
        if (head && !violations.some((v) => v.rule === 'audit chain'))
          add('ok', 'audit chain', `${limit ? 'the newest entries are' : 'every entry is'} chained; head #${head.id} ${head.hash}`);
        if (!violations.some((v) => v.rule === 'triggers')) add('ok', 'append-only triggers', 'all present');
        const box = s.core.outbox.summary();
        const delivering = Boolean(s.endpoints.healthdata || s.endpoints.cin);
        if (box.failed)
          add(
            'fail',
            'outbox',
            `${box.failed} item(s) failed and need attention`,
            'open the registration (r to retry once the cause is fixed), or run "angio transmit"',
          );
        if (box.pending && !delivering)
          add(
            'warn',
            'outbox',
            `${box.pending} item(s) wait and no endpoint is configured`,
            'angio settings set endpoints.healthdata URL (and endpoints.cin)',
          );
        else if (box.pending) add('ok', 'outbox', `${box.pending} item(s) pending, next try ${box.nextAttemptAt}`);
        else if (!box.failed) add('ok', 'outbox', 'nothing waiting');
        const hospital = hospitalOf(toSettingsData(currentSettings(s.core)));
        if (!hospital.inami)
          add(
            'warn',
            'configuration',
            'the hospital INAMI number is not set (billing messages carry it)',
            'angio settings set hospital.inami 71000000',
          );
        else add('ok', 'configuration', `hospital ${hospital.name ?? ''} ${hospital.inami}`.trim());
        const admins = s.core.users.list().filter((u) => u.role === 'admin');
        if (!admins.length) add('fail', 'users', 'no admin user', 'ask support: the users table lost its admin');
        else add('ok', 'users', `${s.core.users.list().length} user(s), admin: ${admins.map((u) => u.name).join(', ')}`);
      });
      if (o.json) console.log(JSON.stringify(findings, null, 1));
      else
        for (const f of findings)
          console.log(
            `${f.level === 'ok' ? 'ok  ' : f.level === 'warn' ? 'warn' : 'FAIL'}  ${f.check}: ${f.detail}${f.fix ? `\n      fix: ${f.fix}` : ''}`,
          );
      if (findings.some((f) => f.level === 'fail')) process.exitCode = EXIT.problems;
    });
}
