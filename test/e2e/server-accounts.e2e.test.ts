/**
 * One server, many staff, with real operating-system accounts (docs/server.md#many-staff-one-server):
 * a service account owns the database and its secret; an admin, a nurse and a support person
 * reach it through `sudo -u <service> angio …` (one sudoers line for their group); someone outside
 * the group cannot, and nobody but the service account can open the database file. Needs root (to
 * make the accounts) and sudo; CI runs as root and sets ANGIO_E2E_ACCOUNTS=required, so there a
 * machine without them fails instead of skipping.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { angio, BIN } from '../helpers/cli.js';
import { freshCore, tempDbPath } from '../helpers/db.js';
import { completeP } from '../helpers/fixtures.js';

const isRoot = process.getuid?.() === 0;
const hasSudo = spawnSync('sh', ['-c', 'command -v sudo && command -v runuser && command -v useradd'], { encoding: 'utf8' }).status === 0;
const required = process.env.ANGIO_E2E_ACCOUNTS === 'required';
const possible = isRoot && hasSudo;

const tag = randomBytes(3).toString('hex');
const name = (role: string) => `ang${role}${tag}`;
const svc = name('svc');
const boss = name('boss');
const nurse = name('nurse');
const help = name('help');
const outsider = name('out');
const group = name('staff');
const base = `/tmp/angio-accounts-${tag}`;
const svcHome = join(base, 'service');
const sudoers = `/etc/sudoers.d/angio-e2e-${tag}`;
/** Where `angio init` run by the service account puts the database: its data directory. */
const dbPath = join(svcHome, '.local/share/angio/angio.db');
const opened: { path: string; mode: number }[] = [];

function sh(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Runs a shell command line as `user` (a login shell's view: their own uid, groups and files). */
function as(user: string, line: string, input?: string) {
  const r = spawnSync('runuser', ['-u', user, '--', 'sh', '-c', line], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' },
    ...(input !== undefined ? { input } : {}),
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What staff type: angio through the service account. */
const angioAs = (user: string, args: string, redirect = '') => as(user, `sudo -n -u ${svc} ${process.execPath} ${BIN} ${args} ${redirect}`);

beforeAll(() => {
  if (!possible) return;
  // The service account must reach the installed program; a checkout in a private temporary
  // folder (as CI's clone may be) gets search permission for others, given back afterwards.
  for (let dir = dirname(BIN); dir !== '/'; dir = dirname(dir)) {
    const mode = statSync(dir).mode & 0o7777;
    if (!(mode & 0o001)) {
      opened.push({ path: dir, mode });
      chmodSync(dir, mode | 0o001);
    }
  }
  sh('groupadd', [group]);
  sh('useradd', ['--system', '--home-dir', svcHome, '--shell', '/usr/sbin/nologin', svc]);
  for (const u of [boss, nurse, help]) sh('useradd', ['--no-create-home', '--shell', '/bin/sh', '--groups', group, u]);
  sh('useradd', ['--no-create-home', '--shell', '/bin/sh', outsider]);
  mkdirSync(base, { mode: 0o755 });
  mkdirSync(svcHome, { mode: 0o700 });
  chownSync(svcHome, Number(sh('id', ['-u', svc])), Number(sh('id', ['-g', svc])));
  for (const u of [nurse, outsider]) {
    const dir = join(base, u);
    mkdirSync(dir, { mode: 0o700 });
    chownSync(dir, Number(sh('id', ['-u', u])), Number(sh('id', ['-g', u])));
  }
  // The one sudoers line of docs/server.md, with this checkout's node and angio.
  writeFileSync(sudoers, `%${group} ALL=(${svc}) NOPASSWD: ${process.execPath} ${BIN} *\n`, { mode: 0o440 });
  sh('visudo', ['-c', '-f', sudoers]);
});

afterAll(() => {
  if (!possible) return;
  rmSync(sudoers, { force: true });
  for (const u of [svc, boss, nurse, help, outsider]) spawnSync('userdel', [u]);
  spawnSync('groupdel', [group]);
  rmSync(base, { recursive: true, force: true });
  for (const { path, mode } of opened.reverse()) chmodSync(path, mode);
});

/** An HD4DP CSV of one complete P registration, made by angio itself. */
function oneRegistrationCsv(): string {
  const path = tempDbPath();
  const { core, ops } = freshCore({ path });
  ops.createRegistration('tester', {
    type: 'P',
    data: { ...completeP(), DT_HOSPZ: '2026-03-02', DT_PCI_1: '2026-03-02', DT_DISCH: '2026-03-02' },
  });
  core.db.close();
  return angio(['export', '-', '--type', 'P'], { ANGIO_DB: path }).stdout;
}

describe.skipIf(!possible && !required)('staff on one server through the service account', () => {
  test('this machine can run it (root, sudo, runuser, useradd)', () => {
    expect({ isRoot, hasSudo }).toEqual({ isRoot: true, hasSudo: true });
  });

  test("the admin sets the installation up through sudo; the files are the service account's alone", () => {
    const init = angioAs(boss, 'init');
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(boss);
    const st = statSync(dbPath);
    expect(st.uid).toBe(Number(sh('id', ['-u', svc])));
    expect(st.mode & 0o777).toBe(0o600);
    expect(statSync(join(dirname(dbPath), 'angio.secret')).mode & 0o777).toBe(0o600);
    expect(angioAs(boss, `users add ${nurse} --role staff`).code).toBe(0);
    expect(angioAs(boss, `users add ${help} --role support`).code).toBe(0);
    expect(angioAs(boss, `users add ${outsider} --role staff`).code).toBe(0);
    expect(angioAs(boss, 'settings set hospital.inami 71000000').code).toBe(0);
    const doctor = angioAs(boss, 'doctor');
    expect(doctor.stdout).toMatch(new RegExp(`set-up.*${boss} works through sudo as ${svc}`));
    expect(doctor.stdout).toMatch(/database permissions.* 600/);
  });

  test('a nurse imports her own file through standard input, and the registration is hers', () => {
    const file = join(base, nurse, 'p.csv');
    writeFileSync(file, oneRegistrationCsv(), { mode: 0o600 });
    chownSync(file, Number(sh('id', ['-u', nurse])), Number(sh('id', ['-g', nurse])));
    // Named as a path, the file is one the service account cannot read: angio says how to give it.
    const byName = angioAs(nurse, `import ${file} --type P`);
    expect(byName.code).toBe(2);
    expect(byName.stderr).toContain('standard input');
    const imported = angioAs(nurse, 'import - --type P', `< ${file} > ${join(base, nurse, 'p.results.csv')}`);
    expect(imported.stderr).toMatch(/1 row\(s\): 1 created/);
    expect(imported.code).toBe(0);
    expect(readFileSync(join(base, nurse, 'p.results.csv'), 'utf8')).toMatch(/^LINE;OUTCOME/);
    const rows = JSON.parse(angioAs(nurse, 'list --json').stdout) as { id: number }[];
    expect(rows).toHaveLength(1);
    const shown = JSON.parse(angioAs(nurse, `show ${rows[0]!.id} --json`).stdout) as { createdBy?: string; updatedBy?: string };
    expect(JSON.stringify(shown)).toContain(nurse);
  });

  test("files: exports go to standard output; the installation's own files and files she cannot read are not read for her", () => {
    const toFile = angioAs(nurse, `export ${join(base, nurse, 'out.csv')} --type P`);
    expect(toFile.code).toBe(2);
    expect(toFile.stderr).toContain('standard output');
    expect(existsSync(join(base, nurse, 'out.csv'))).toBe(false);
    const toStdout = angioAs(nurse, 'export - --type P', `> ${join(base, nurse, 'out.csv')}`);
    expect(toStdout.code).toBe(0);
    expect(statSync(join(base, nurse, 'out.csv')).uid).toBe(Number(sh('id', ['-u', nurse])));
    const secret = angioAs(nurse, `reflist import ${join(dirname(dbPath), 'angio.secret')} --list hpin`);
    expect(secret.code).toBe(2);
    expect(secret.stderr).toContain("installation's own files");
    const bossOnly = join(base, 'boss-only.csv');
    writeFileSync(bossOnly, 'riziv;last_name;first_name;specialty\n', { mode: 0o600 });
    chownSync(bossOnly, Number(sh('id', ['-u', svc])), Number(sh('id', ['-g', svc])));
    const notHers = angioAs(nurse, `reflist import ${bossOnly} --list hpin`);
    expect(notHers.code).toBe(2);
    expect(notHers.stderr).toContain(`${nurse} cannot read ${bossOnly} themselves`);
  });

  test("support reads but is refused what writes; site settings are the same for everyone; own preferences stay one's own", () => {
    expect(angioAs(help, 'list --json').code).toBe(0);
    const write = angioAs(help, 'import - --type P', `< /dev/null`);
    expect(write.code).toBe(3);
    for (const u of [nurse, help]) {
      const settings = angioAs(u, 'settings get hospital.inami');
      expect(settings.stdout.trim()).toBe('71000000');
    }
    expect(angioAs(nurse, 'settings set hospital.inami 71999999').code).toBe(3);
    expect(angioAs(nurse, 'settings set language nl').code).toBe(0);
    expect(angioAs(nurse, 'settings get language').stdout.trim()).toBe('nl');
    expect(angioAs(help, 'settings get language').stdout.trim()).toBe('en');
  });

  test('nobody reaches the database but through angio: not by sudo outside the group, not by opening the file', () => {
    const sudo = angioAs(outsider, 'list');
    expect(sudo.code).not.toBe(0);
    expect(sudo.stdout).toBe('');
    for (const u of [outsider, nurse]) {
      expect(as(u, `cat ${dbPath} > /dev/null`).code).not.toBe(0);
      const direct = as(u, `${process.execPath} ${BIN} --db ${dbPath} list`);
      expect(direct.code).toBe(2);
      expect(direct.stderr).toContain('run angio through its service account');
    }
    // SUDO_USER set by hand counts for nothing: angio runs as the nurse, who cannot open the file.
    const faked = as(nurse, `SUDO_USER=${boss} SUDO_UID=0 ${process.execPath} ${BIN} --db ${dbPath} users list`);
    expect(faked.code).toBe(2);
  });
});
