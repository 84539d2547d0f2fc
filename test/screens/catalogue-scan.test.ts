/**
 * Every word the terminal UI shows comes from the message catalogue (src/messages.ts), the field
 * catalogue or the data: a scan of the screens' and the keymap's source (TypeScript's own parser)
 * finds JSX text and string literals made of words outside the places where a string is a code,
 * an id or a style, and fails on each one not in the short allow-list below. The scan is tried on
 * a made-up screen first, so that it is known to find a bypass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { BINDINGS, type Scope } from '../../src/keymap.js';
import { MESSAGES } from '../../src/messages.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * The sources scanned: the screens, the form among them, and the keymap (src/keymap-table.ts
 * writes the README's English table, not the interface).
 */
const SCANNED = ['src/screens', 'src/keymap.ts'];

/** Strings that are words but not the interface's, each with its reason. */
const ALLOWED: { file: string; text: string; why: string }[] = [
  { file: 'src/screens/registrations-table.tsx', text: 'angio · ANGIO   ', why: 'the product and the registry, names in every language' },
  ...['angio-crash-', '.log'].map((text) => ({ file: 'src/screens/run.tsx', text, why: "the crash file's name, for support" })),
];

/** A call whose string arguments are programming errors (a bug's message for support), not the interface's words. */
const ERRORS = new Set(['Error', 'TypeError', 'RangeError']);

/** Object properties whose string values are codes, ids or styles, never shown as they are. */
const CODE_PROPERTIES = new Set(['kind', 'tone', 'type', 'status', 'id', 'scope', 'keys', 'key', 'mode', 'section', 'span', 'outcome']);

/** JSX attributes whose strings are shown; every other attribute's string is a style or an id. */
const TEXT_ATTRIBUTES = new Set(['title', 'subtitle', 'empty', 'question', 'detail', 'text', 'label', 'placeholder']);

const IDS = new Set<string>([...Object.keys(MESSAGES), ...BINDINGS.map((b) => b.id), ...BINDINGS.map((b) => b.scope as Scope)]);

/** A string that is an id of the catalogue or the keymap, or the fixed start of one (`delivery.${d}`). */
const isId = (text: string, head: boolean) => IDS.has(text) || (head && text.endsWith('.') && [...IDS].some((id) => id.startsWith(text)));

const hasWords = (text: string) => /\p{L}{2,}/u.test(text);

/**
 * A string that is one identifier: a lower-case word or dotted/dashed/camelCase id ('right',
 * 'valid-only', 'createRegistration'), a code of capitals ('FP', 'HPIN') or a class name
 * ('ReportedCrash'). The interface's words have a space, a capital or punctuation; a bare lower-case
 * word shown as it is (a column header) is the layout test's to catch (test/screens/layout.test.tsx).
 */
const isCode = (text: string) =>
  /^[a-z][a-zA-Z0-9]*([._-][a-zA-Z0-9]+)*$/.test(text) || /^[A-Z][A-Z0-9_]*$/.test(text) || /^([A-Z][a-z0-9]+){2,}$/.test(text);

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** The words of a source that bypass the catalogue. */
export function bypasses(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });

  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isJsxText(node)) {
      if (hasWords(node.text)) report(node, node.text.trim());
      return;
    }
    const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
    const parts = ts.isTemplateExpression(node) ? [node.head, ...node.templateSpans.map((s) => s.literal)] : literal ? [node] : [];
    if (parts.length && !inCodePlace(node)) {
      for (const [i, part] of parts.entries()) {
        const text = part.text;
        if (hasWords(text) && !isCode(text) && !isId(text, i === 0 && parts.length > 1)) report(node, text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** String methods whose arguments are patterns to find, not words to show. */
const STRING_OPS = new Set(['startsWith', 'endsWith', 'includes', 'replace', 'split', 'indexOf']);

const K = ts.SyntaxKind;
const COMPARISONS = new Set([
  K.EqualsEqualsEqualsToken,
  K.ExclamationEqualsEqualsToken,
  K.EqualsEqualsToken,
  K.ExclamationEqualsToken,
  K.InKeyword,
]);

/** Where a string is a code, an id or a style, whatever it says. */
function inCodePlace(node: ts.Node): boolean {
  const parent = node.parent;
  // Compared with, switched on, used as a key: a code.
  if (ts.isBinaryExpression(parent) && COMPARISONS.has(parent.operatorToken.kind)) return true;
  if (ts.isCaseClause(parent) || ts.isElementAccessExpression(parent) || (ts.isPropertyAssignment(parent) && parent.name === node))
    return true;
  if (ts.isPropertyAssignment(parent) && CODE_PROPERTIES.has(parent.name.getText())) return true;
  // An element of a property's array of codes (keys: ['j', 'down']).
  if (ts.isArrayLiteralExpression(parent) && ts.isPropertyAssignment(parent.parent) && CODE_PROPERTIES.has(parent.parent.name.getText()))
    return true;
  if (ts.isJsxAttribute(parent) || (ts.isJsxExpression(parent) && ts.isJsxAttribute(parent.parent))) {
    const attribute = ts.isJsxAttribute(parent) ? parent : (parent.parent as ts.JsxAttribute);
    return !TEXT_ATTRIBUTES.has(attribute.name.getText());
  }
  if (ts.isNewExpression(parent) && ERRORS.has(parent.expression.getText())) return true;
  // A module loaded on demand, or a string matched or rewritten ('ctrl+' in a key's name).
  if (ts.isCallExpression(parent) && parent.expression.kind === K.ImportKeyword) return true;
  if (ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && STRING_OPS.has(parent.expression.name.text))
    return true;
  return false;
}

function sources(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (path: string) => {
    if (/\.tsx?$/.test(path)) return out.push({ file: relative(ROOT, path), text: readFileSync(path, 'utf8') });
    if (!path.includes('.')) for (const e of readdirSync(path)) walk(join(path, e));
  };
  for (const s of SCANNED) walk(join(ROOT, s));
  return out;
}

describe('the words of the terminal UI come from the catalogue', () => {
  test('the scan finds a word written in a screen instead of the catalogue', () => {
    const screen = [
      "import { Text } from 'ink';",
      'export const A = ({ n }: { n: number }) => <Text color="red" wrap="truncate">Delete it?</Text>;',
      "export const b = (notify: (x: { text: string; tone: 'info' }) => void) => notify({ text: 'Saved.', tone: 'info' });",
      'export const c = (n: number) => `${n} row(s)`;',
      "export const d = (s: string) => (s === 'open' ? say(lang, 'status.open') : undefined);",
    ].join('\n');
    expect(bypasses('src/screens/made-up.tsx', screen).map((f) => f.text)).toEqual(['Delete it?', 'Saved.', ' row(s)']);
  });

  test('no screen (nor the keymap) writes a word of its own', () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(30);
    expect(files.filter((f) => f.file.startsWith('src/screens/form/')).length).toBeGreaterThan(10);
    const found = files
      .flatMap((f) => bypasses(f.file, f.text))
      .filter((f) => !ALLOWED.some((a) => a.file === f.file && a.text === f.text));
    expect(found.map((f) => `${f.file}:${f.line} ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  test('every entry of the allow-list is still needed', () => {
    const files = sources();
    const found = files.flatMap((f) => bypasses(f.file, f.text));
    expect(ALLOWED.filter((a) => !found.some((f) => f.file === a.file && f.text === a.text))).toEqual([]);
  });
});
