/** `angio doctor`: checks permissions, integrity, the outbox and the configuration, and says what to fix. */
import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { chainHead, checkInvariants, latestSchemaVersion, schemaVersionOf, type Violation } from '../../store/index.js';
import { checkSentRegistrations } from '../../transmit/index.js';
import { databasePath, hospitalOf, secretPath, type Delegation } from '../../session/index.js';
import { currentSettings } from '../../operations/index.js';
import { toSettingsData } from '../../config/index.js';
import { say, type MessageId } from '../../messages.js';
import type { Lang } from '../../registry/index.js';
import { EXIT, withSession, type GlobalOptions } from '../context.js';
import { violationLine } from '../violations.js';

type Level = 'ok' | 'warn' | 'fail';
/**
 * A finding: its check stays an English code (--json's); what it found and the fix are in the
 * user's language. A failed integrity check carries its violations for --json, with their English
 * rule and detail and the message ids they are said with.
 */
interface Finding {
  level: Level;
  check: Check;
  detail: string;
  fix?: string;
  violations?: Violation[];
}

/** Each check's code and its name as a person reads it. */
const CHECKS = {
  schema: 'cli.doctor.check.schema',
  'pseudonymisation secret': 'cli.doctor.check.secret',
  'set-up': 'cli.doctor.check.setUp',
  database: 'cli.doctor.check.database',
  'database permissions': 'cli.doctor.check.databasePermissions',
  'pseudonymisation secret permissions': 'cli.doctor.check.secretPermissions',
  integrity: 'cli.doctor.check.integrity',
  'audit chain': 'cli.doctor.check.auditChain',
  'append-only triggers': 'cli.doctor.check.triggers',
  'registration codes': 'cli.doctor.check.codes',
  'outbox payloads': 'cli.doctor.check.payloads',
  outbox: 'cli.doctor.check.outbox',
  configuration: 'cli.doctor.check.configuration',
  users: 'cli.doctor.check.users',
} as const satisfies Record<string, MessageId>;
type Check = keyof typeof CHECKS;

const mode = (path: string) => statSync(path).mode & 0o777;
const listed = (lang: Lang, vs: readonly Violation[], withRule = true) =>
  vs
    .slice(0, 3)
    .map((v) => violationLine(lang, v, withRule))
    .join('; ');
/** Rules whose violations are shown as their own finding, rather than under "integrity". */
const APART: Record<string, Check> = {
  'audit chain': 'audit chain',
  triggers: 'append-only triggers',
  code: 'registration codes',
  payload: 'outbox payloads',
};

/**
 * How the installation is shared (docs/server.md#many-staff-one-server): who owns the database
 * and its secret, and whether anyone else could replace them.
 */
function setUp(dbPath: string, secretFile: string, delegation: Delegation | undefined, lang: Lang): Finding[] {
  const out: Finding[] = [];
  if (dbPath === ':memory:' || !existsSync(dbPath)) return out;
  const db = statSync(dbPath);
  if (delegation)
    out.push({
      level: 'ok',
      check: 'set-up',
      detail: say(lang, 'cli.doctor.delegation', { person: delegation.person, service: delegation.service }),
    });
  else if (process.getuid?.() === 0 && db.uid !== 0)
    out.push({
      level: 'warn',
      check: 'set-up',
      detail: say(lang, 'cli.doctor.asRoot', { uid: db.uid }),
      fix: say(lang, 'cli.doctor.asRoot.fix'),
    });
  if (existsSync(secretFile) && statSync(secretFile).uid !== db.uid)
    out.push({
      level: 'fail',
      check: 'set-up',
      detail: say(lang, 'cli.doctor.secretOwner', { secret: statSync(secretFile).uid, db: db.uid }),
      fix: `chown --reference=${dbPath} ${secretFile}`,
    });
  const dir = dirname(dbPath);
  const d = statSync(dir);
  const worldWritable = (d.mode & 0o002) !== 0 && (d.mode & 0o1000) === 0;
  if (worldWritable || (d.mode & 0o020) !== 0)
    out.push({
      level: worldWritable ? 'fail' : 'warn',
      check: 'set-up',
      detail: say(lang, worldWritable ? 'cli.doctor.dirAnyone' : 'cli.doctor.dirGroup', { dir, mode: (d.mode & 0o7777).toString(8) }),
      fix: `chmod 700 ${dir}`,
    });
  return out;
}

export function registerDoctor(program: Command, lang: Lang) {
  program
    .command('doctor')
    .description(say(lang, 'help.doctor'))
    .option('--full', say(lang, 'help.doctor.--full'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (o: { full?: boolean; json?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const path = databasePath(g);
      const findings: Finding[] = [];
      const add = (level: Level, check: Check, detail: string, fix?: string, violations?: Violation[]) =>
        findings.push({ level, check, detail, ...(fix ? { fix } : {}), ...(violations ? { violations } : {}) });
      await withSession(g, {}, (s) => {
        const schema = schemaVersionOf(s.core.db);
        add(
          'ok',
          'schema',
          say(lang, 'cli.doctor.schema', { version: schema }) +
            (schema === latestSchemaVersion() ? '' : say(lang, 'cli.doctor.schemaNewer', { latest: latestSchemaVersion() })),
        );
        const secretFile = secretPath(path);
        const unavailable = s.core.pseudonymiser.unavailable;
        if (unavailable) add('fail', 'pseudonymisation secret', unavailable);
        for (const f of setUp(path, secretFile, s.delegation, lang)) add(f.level, f.check, f.detail, f.fix);
        for (const [what, file] of [
          ['database', path],
          ['pseudonymisation secret', secretFile],
        ] as const) {
          if (!existsSync(file)) {
            if (!unavailable) add('fail', what, say(lang, 'cli.doctor.missing', { file }));
            continue;
          }
          const m = mode(file).toString(8);
          if (mode(file) & 0o077)
            add('fail', `${what} permissions`, say(lang, 'cli.doctor.readable', { file, mode: m }), `chmod 600 ${file}`);
          else add('ok', `${what} permissions`, say(lang, 'cli.doctor.mode', { file, mode: m }));
        }
        const limit = o.full ? undefined : 10_000;
        const violations = [
          ...checkInvariants(s.core.db, limit ? { limit } : {}),
          ...checkSentRegistrations(s.core.db, {
            pseudonymiser: unavailable ? undefined : s.core.pseudonymiser,
            ...(limit ? { limit } : {}),
          }),
        ];
        const restore = say(lang, 'cli.doctor.restore');
        const integrity = violations.filter((v) => !APART[v.rule]);
        if (integrity.length)
          add(
            'fail',
            'integrity',
            say(lang, 'cli.doctor.problemsExample', { n: integrity.length, examples: listed(lang, integrity) }),
            restore,
            integrity,
          );
        else add('ok', 'integrity', limit ? say(lang, 'cli.doctor.integrityNewest', { limit }) : say(lang, 'cli.doctor.integrityAll'));
        for (const [rule, check] of Object.entries(APART)) {
          const found = violations.filter((v) => v.rule === rule);
          if (found.length)
            add('fail', check, say(lang, 'cli.doctor.problems', { n: found.length, examples: listed(lang, found, false) }), restore, found);
        }
        const head = chainHead(s.core.db);
        if (head && !violations.some((v) => v.rule === 'audit chain'))
          add(
            'ok',
            'audit chain',
            say(lang, limit ? 'cli.doctor.chainNewest' : 'cli.doctor.chainAll', { id: head.id, hash: String(head.hash) }),
          );
        if (!violations.some((v) => v.rule === 'triggers')) add('ok', 'append-only triggers', say(lang, 'cli.doctor.triggers'));
        const box = s.core.outbox.summary();
        const delivering = Boolean(s.endpoints.healthdata || s.endpoints.cin);
        if (box.failed) add('fail', 'outbox', say(lang, 'cli.doctor.failed', { n: box.failed }), say(lang, 'cli.doctor.failed.fix'));
        if (box.pending && !delivering)
          add('warn', 'outbox', say(lang, 'cli.doctor.noEndpoint', { n: box.pending }), say(lang, 'cli.doctor.noEndpoint.fix'));
        else if (box.pending) add('ok', 'outbox', say(lang, 'cli.doctor.pending', { n: box.pending, at: String(box.nextAttemptAt) }));
        else if (!box.failed) add('ok', 'outbox', say(lang, 'cli.doctor.nothingWaiting'));
        const hospital = hospitalOf(toSettingsData(currentSettings(s.core)));
        if (!hospital.inami) add('warn', 'configuration', say(lang, 'cli.doctor.noInami'), 'angio settings set hospital.inami 71000000');
        else
          add('ok', 'configuration', say(lang, 'cli.doctor.hospital', { name: hospital.name ?? '', inami: hospital.inami ?? '' }).trim());
        const admins = s.core.users.list().filter((u) => u.role === 'admin');
        if (!admins.length) add('fail', 'users', say(lang, 'cli.doctor.noAdmin'), say(lang, 'cli.doctor.noAdmin.fix'));
        else
          add(
            'ok',
            'users',
            say(lang, 'cli.doctor.users', { n: s.core.users.list().length, admins: admins.map((u) => u.name).join(', ') }),
          );
      });
      if (o.json) console.log(JSON.stringify(findings, null, 1));
      else {
        const levels = { ok: say(lang, 'cli.doctor.ok'), warn: say(lang, 'cli.doctor.warn'), fail: say(lang, 'cli.doctor.fail') };
        const width = Math.max(...Object.values(levels).map((l) => l.length));
        for (const f of findings)
          console.log(
            `${levels[f.level].padEnd(width)}  ${say(lang, 'cli.doctor.line', { check: say(lang, CHECKS[f.check]), detail: f.detail })}` +
              (f.fix ? `\n${' '.repeat(width + 2)}${say(lang, 'cli.doctor.fix', { fix: f.fix })}` : ''),
          );
      }
      if (findings.some((f) => f.level === 'fail')) process.exitCode = EXIT.problems;
    });
}
