/**
 * The one place keys live. Every action has a dotted id, its keys, a description and the screens
 * where it applies; screens ask `matches(action, input, key)` and never compare characters
 * themselves. The footer and the help overlay are generated from this list.
 */

export type Scope = 'global' | 'table' | 'help';

/** The subset of Ink's Key we read. */
export interface KeyLike {
  upArrow?: boolean; downArrow?: boolean; leftArrow?: boolean; rightArrow?: boolean; pageUp?: boolean; pageDown?: boolean;
  return?: boolean; escape?: boolean; tab?: boolean; shift?: boolean; ctrl?: boolean; backspace?: boolean; delete?: boolean;
  home?: boolean; end?: boolean;
}

type Special = 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'enter' | 'escape' | 'tab' | 'home' | 'end';

export interface Binding {
  id: string;
  scope: Scope;
  /** Characters (e.g. 'j', 'G', '?') or special keys (e.g. 'down'); 'ctrl+s' for control keys. */
  keys: string[];
  /** How the footer and help show the keys. */
  label: string;
  description: string;
  /** Shown in the footer (the most used actions only). */
  footer?: boolean;
}

export const BINDINGS: Binding[] = [
  { id: 'app.help', scope: 'global', keys: ['?'], label: '?', description: 'show or hide the keys', footer: true },
  { id: 'app.quit', scope: 'table', keys: ['q', 'ctrl+c'], label: 'q', description: 'quit', footer: true },
  { id: 'table.down', scope: 'table', keys: ['j', 'down'], label: 'j/↓', description: 'next registration', footer: true },
  { id: 'table.up', scope: 'table', keys: ['k', 'up'], label: 'k/↑', description: 'previous registration' },
  { id: 'table.pageDown', scope: 'table', keys: ['pageDown', 'ctrl+d'], label: 'PgDn', description: 'next page' },
  { id: 'table.pageUp', scope: 'table', keys: ['pageUp', 'ctrl+u'], label: 'PgUp', description: 'previous page' },
  { id: 'table.first', scope: 'table', keys: ['g', 'home'], label: 'g', description: 'first registration' },
  { id: 'table.last', scope: 'table', keys: ['G', 'end'], label: 'G', description: 'last registration' },
  { id: 'table.status', scope: 'table', keys: ['t'], label: 't', description: 'status filter: Open+Sent, Open, Sent, Deleted, All', footer: true },
  { id: 'table.type', scope: 'table', keys: ['y'], label: 'y', description: 'type filter: all, H, P, F, FP, FU', footer: true },
  { id: 'help.close', scope: 'help', keys: ['escape', '?', 'q'], label: 'Esc', description: 'close the help' },
];

const SPECIAL: Record<Special, keyof KeyLike> = {
  up: 'upArrow', down: 'downArrow', left: 'leftArrow', right: 'rightArrow', pageUp: 'pageUp', pageDown: 'pageDown',
  enter: 'return', escape: 'escape', tab: 'tab', home: 'home', end: 'end',
};

function keyMatches(k: string, input: string, key: KeyLike): boolean {
  if (k.startsWith('ctrl+')) return !!key.ctrl && input === k.slice(5);
  if (k in SPECIAL) return !!key[SPECIAL[k as Special]];
  return !key.ctrl && input === k;
}

const byId = new Map(BINDINGS.map((b) => [b.id, b]));

/** Whether a key press triggers an action. */
export function matches(action: string, input: string, key: KeyLike): boolean {
  const b = byId.get(action);
  if (!b) throw new Error(`unknown action ${action}`);
  return b.keys.some((k) => keyMatches(k, input, key));
}

/** The actions of a screen (plus the global ones), in keymap order. */
export function bindingsFor(scope: Scope): Binding[] {
  return BINDINGS.filter((b) => b.scope === scope || b.scope === 'global');
}

export function footerHints(scope: Scope): string {
  return bindingsFor(scope).filter((b) => b.footer).map((b) => `${b.label} ${b.description.split(':')[0]}`).join(' · ');
}
