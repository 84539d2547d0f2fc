/**
 * Every word the command line prints comes from the message catalogue (src/messages.ts): a scan
 * of src/cli and src/session (TypeScript's own parser) looks at what is handed to the places where
 * words reach a person — console.log/error, a log line, a table, UsageError and AccessDenied,
 * commander's description, option and help texts — and fails on each string literal made of
 * words found there, outside say()'s id and JSON (whose keys and codes stay English). The scan is
 * tried on a made-up command first, so that it is known to find a bypass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { MESSAGES } from '../../src/messages.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCANNED = ['src/cli', 'src/session'];

/** Calls whose arguments a person reads. */
const PRINTS = new Set(['console.log', 'console.error', 'console.warn', 'log.info', 'log.warn', 'log.error', 'tell', 'table']);
const ERRORS = new Set(['UsageError', 'AccessDenied']);
/** commander's methods, with the arguments that are syntax or a default value (flags, names, codes), not words. */
const COMMANDER = new Map<string, number[]>(
  Object.entries({
    description: [],
    summary: [],
    usage: [],
    showHelpAfterError: [],
    addHelpText: [0],
    version: [0, 1],
    option: [0, 2],
    requiredOption: [0, 2],
    helpOption: [0],
    helpCommand: [0],
    argument: [0, 2],
  }),
);

/** String methods whose arguments are patterns to find or separators, not words to show. */
const STRING_OPS = new Set(['startsWith', 'endsWith', 'includes', 'replace', 'split', 'indexOf', 'join', 'padEnd', 'padStart']);
const K = ts.SyntaxKind;
const COMPARISONS = new Set([K.EqualsEqualsEqualsToken, K.ExclamationEqualsEqualsToken, K.EqualsEqualsToken, K.ExclamationEqualsToken]);

const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Where a string is a code or a pattern, whatever it says. */
function inCodePlace(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent) && COMPARISONS.has(parent.operatorToken.kind)) return true;
  if (ts.isCaseClause(parent) || ts.isElementAccessExpression(parent) || (ts.isPropertyAssignment(parent) && parent.name === node))
    return true;
  return ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && STRING_OPS.has(parent.expression.name.text);
}

/** The arguments of a call or `new` that a person reads, if it is one of the places above. */
function shownArguments(node: ts.CallExpression | ts.NewExpression): readonly ts.Expression[] {
  const args = node.arguments ?? [];
  const callee = node.expression.getText();
  if (ts.isNewExpression(node)) return ERRORS.has(callee) ? args : [];
  if (PRINTS.has(callee)) return callee.startsWith('log.') ? args.slice(0, 1) : args;
  if (ts.isPropertyAccessExpression(node.expression)) {
    const syntax = COMMANDER.get(node.expression.name.text);
    if (syntax) return args.filter((_, i) => !syntax.includes(i));
  }
  return [];
}

/** The words of a source that reach a person without the catalogue. */
export function bypasses(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Finding[] = [];
  const seen = new Set<ts.Node>();
  // A string inside two shown places (a table printed by console.log) is reported once.
  const report = (node: ts.Node, text: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  };

  /** Every string in a shown argument, except say()'s language and id and what JSON.stringify makes. */
  const inspect = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText();
      if (callee === 'JSON.stringify') return;
      // say(lang, id, params) and columns(lang, id): the id is not a word; the params' values may be.
      if (callee === 'say' || callee === 'columns') return node.arguments.slice(2).forEach(inspect);
    }
    const parts = ts.isTemplateExpression(node)
      ? [node.head, ...node.templateSpans.map((s) => s.literal)]
      : ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? [node]
        : [];
    if (parts.length && !inCodePlace(node))
      for (const part of parts) if (hasWords(part.text) && !(part.text in MESSAGES)) report(node, part.text);
    ts.forEachChild(node, inspect);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) shownArguments(node).forEach(inspect);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sources(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (path: string) => {
    const file = relative(ROOT, path);
    if (path.endsWith('.ts')) return out.push({ file, text: readFileSync(path, 'utf8') });
    if (!path.includes('.')) for (const e of readdirSync(path)) walk(join(path, e));
  };
  for (const s of SCANNED) walk(join(ROOT, s));
  return out;
}

describe('the words of the command line come from the catalogue', () => {
  test('the scan finds a word written in a command instead of the catalogue', () => {
    const command = [
      "program.command('x').description('do x').option('--all', say(lang, 'help.x.--all'), 'active');",
      'if (n > 1) throw new UsageError(`--n must be one, not ${n}.`);',
      "console.log(table([['id', 'name'], ...rows]));",
      "console.log(JSON.stringify({ status: 'open' }), say(lang, 'cli.x', { what: 'a word' }));",
      "log.info(`${n} item(s) sent`, { event: 'delivery' });",
      "console.log(o.status === 'delivered' ? '—' : `#${id} · v${version}`);",
    ].join('\n');
    expect(bypasses('src/cli/commands/made-up.ts', command).map((f) => f.text)).toEqual([
      'do x',
      '--n must be one, not ',
      'id',
      'name',
      'a word',
      ' item(s) sent',
    ]);
  });

  test('no command (nor the session) prints a word of its own', () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(25);
    const found = files.flatMap((f) => bypasses(f.file, f.text));
    expect(found.map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`)).toEqual([]);
  });
});
