/**
 * The package `npm pack` makes for a server (README.md, "Install on a server"): the compiled
 * program with its `angio` command and the docs, nothing of the sources, tests or local data,
 * and no import of a package it does not declare as a dependency (a devDependency is not
 * installed with it).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinModules } from 'node:module';
import { describe, expect, test } from 'vitest';
import { expectEach } from './helpers/expect-each.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  bin: Record<string, string>;
  dependencies: Record<string, string>;
};

/** The files `npm pack` would put in the tarball, from the dist/ the tests run on (no build here). */
function packed(): string[] {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
}

/** A bare specifier: a package name, maybe scoped, maybe with a path inside it (a quoted sentence is not one). */
const PACKAGE_NAME = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w./-]+)?$/i;

/** The packages a module imports (bare specifiers), by package name. */
function importedPackages(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|createRequire\([^)]*\)\(\s*)['"]([^'".][^'"]*)['"]/g),
  ].map((m) => m[1]!);
  return specifiers
    .filter((s) => PACKAGE_NAME.test(s) && !s.startsWith('node:') && !builtinModules.includes(s))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
}

describe('the package npm pack makes', () => {
  const files = packed();

  test('holds the angio command and the compiled program, and nothing of the sources, tests or local data', () => {
    expect(pkg.bin.angio).toBe('dist/cli/main.js');
    expect(files).toContain('dist/cli/main.js');
    expect(readFileSync(new URL(`../${pkg.bin.angio}`, import.meta.url), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'docs/server.md', 'dist/store/database.js']));
    expectEach(
      files,
      (f) => f === 'package.json' || f === 'README.md' || (f.startsWith('docs/') && f.endsWith('.md')) || /^dist\/.+\.js$/.test(f),
      'packed file',
    );
    expect(files.filter((f) => /\.(d\.ts|ts|tsx|db|db-wal|secret|map)$/.test(f) || /^(src|test|bench|scripts)\//.test(f))).toEqual([]);
  });

  test('every package the program imports is one of its dependencies', () => {
    const imported = new Set(
      files.filter((f) => f.endsWith('.js')).flatMap((f) => importedPackages(readFileSync(new URL(`../${f}`, import.meta.url), 'utf8'))),
    );
    expect([...imported]).toEqual(expect.arrayContaining(['better-sqlite3', 'ink', 'fastify']));
    expect([...imported].filter((name) => !(name in pkg.dependencies))).toEqual([]);
  });
});
