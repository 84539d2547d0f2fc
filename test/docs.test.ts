/**
 * The repository explains itself: every `docs/….md#anchor` that code, tests, scripts or the README
 * cite exists, and nothing cites a file outside the repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? filesUnder(path) : /\.(ts|tsx|mjs|js|sh)$/.test(name) ? [path] : [];
  });
}

const SOURCES = [
  ...['src', 'test', 'bench', 'scripts', '.ci'].flatMap(filesUnder),
  'README.md',
  'eslint.config.js',
  ...readdirSync(join(ROOT, 'docs')).map((f) => `docs/${f}`),
];

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

const anchorsOf = (file: string) =>
  new Set(
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .filter((l) => /^#{1,6} /.test(l))
      .map((l) => slug(l.replace(/^#+ /, ''))),
  );

describe('references to the docs', () => {
  const cited = SOURCES.flatMap((file) =>
    [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\b(?:docs\/)?([a-z-]+\.md)(#[a-z0-9-]+)?/g)]
      .filter((m) => file.startsWith('docs/') || m[0].startsWith('docs/'))
      .map((m) => ({ file, doc: `docs/${m[1]}`, anchor: m[2]?.slice(1) })),
  );

  test('every cited docs file and heading exists', () => {
    expect(cited.length).toBeGreaterThan(10);
    const broken = cited.filter(({ doc, anchor }) => !existsSync(join(ROOT, doc)) || (anchor !== undefined && !anchorsOf(doc).has(anchor)));
    expect(broken.map((b) => `${b.file}: ${b.doc}${b.anchor ? `#${b.anchor}` : ''}`)).toEqual([]);
  });

  test('nothing cites notes that live outside the repository', () => {
    const outside = SOURCES.filter((file) => !file.endsWith('docs.test.ts')).filter((file) =>
      /\b(STACK|STYLE|ANGIO|fields)\.md\b|\.\.\/shared\/|\/work\//.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(outside.map((f) => relative(ROOT, join(ROOT, f)))).toEqual([]);
  });
});
