/**
 * The README's table of keys, made from the keymap in English (the README's language):
 * `npm run docs:keys` writes it between the README's keys markers, and a test fails when the
 * README's copy differs from what the keymap says.
 */
import { BINDINGS, descriptionOf, shown, type Scope } from './keymap.js';

/** Where each scope applies, in the order the README lists them (every scope: the type-check says so). */
const WHERE: Record<Scope, string> = {
  global: 'everywhere',
  table: 'table',
  search: 'table, while filtering (`/`)',
  list: 'lists (new registration, follow-ups, reference lists)',
  form: 'form',
  picker: 'choices',
  review: 'review',
  view: 'record view (Sent, Deleted)',
  import: 'import',
  report: 'import report',
  settings: 'settings',
  dashboard: 'quality dashboard',
  indicator: 'indicator (definition and registrations)',
  confirm: 'confirmation',
  notice: 'notice (a registration sent)',
  help: 'help',
};

const key = (k: string) => (k.length === 1 || k.startsWith('ctrl+') ? `\`${shown(k)}\`` : shown(k));

export const KEYS_BEGIN = '<!-- keys:begin (generated from src/keymap.ts by npm run docs:keys) -->';
export const KEYS_END = '<!-- keys:end -->';

/** The table, in Markdown: one row per screen, each action as its keys and what it does. */
export function keyTableMarkdown(): string {
  const rows = (Object.entries(WHERE) as [Scope, string][]).map(([scope, where]) => {
    const actions = BINDINGS.filter((b) => b.scope === scope).map((b) => `${b.keys.map(key).join('/')} ${descriptionOf(b, 'en')}`);
    return `| ${where} | ${actions.join('; ').replace(/\|/g, '\\|')} |`;
  });
  return ['| where | keys |', '|---|---|', ...rows].join('\n');
}

/** The README with its keys section replaced by the table made from the keymap. */
export function withKeyTable(readme: string): string {
  const begin = readme.indexOf(KEYS_BEGIN);
  const end = readme.indexOf(KEYS_END);
  if (begin < 0 || end < begin) throw new Error(`the README has no keys section: put ${KEYS_BEGIN} and ${KEYS_END} around it`);
  return `${readme.slice(0, begin + KEYS_BEGIN.length)}\n${keyTableMarkdown()}\n${readme.slice(end)}`;
}
