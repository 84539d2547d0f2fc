/**
 * The one place keys live. Every action has a dotted id, its keys, a description and the screen
 * (scope) where it applies; screens ask `actionFor(scope, input, key)` or `matches(id, ...)` and
 * never compare characters themselves. The footer and the help overlay are generated from here.
 * Keys follow lazygit / k9s / htop habits: j/k and arrows, g/G, / to filter, ? for help, q to quit.
 */

import { MESSAGES, say, type MessageId } from './messages.js';
import type { Lang } from './registry/index.js';

export type Scope =
  | 'global'
  | 'table'
  | 'search'
  | 'list'
  | 'form'
  | 'picker'
  | 'review'
  | 'view'
  | 'confirm'
  | 'notice'
  | 'help'
  | 'import'
  | 'report'
  | 'settings'
  | 'dashboard'
  | 'indicator';

/** The subset of Ink's Key we read. */
export interface KeyLike {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  shift?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  backspace?: boolean;
  delete?: boolean;
  home?: boolean;
  end?: boolean;
}

/** What a disabled action depends on. */
export interface ActionContext {
  status?: string | undefined;
}

export interface Binding<Id extends string = string> {
  id: Id;
  scope: Scope;
  /** Characters ('j', 'G', '?'), special keys ('down', 'enter', 'shift+tab', 'space') or 'ctrl+s'. */
  keys: readonly string[];
  /** What the action does, as the help says it: a message of the catalogue (src/messages/keys.ts). */
  description: MessageId;
  /** Shown in the footer (the most used actions of a screen), with this short word if given. */
  footer?: boolean;
  short?: MessageId;
  /** Why the action cannot be used now (shown on the status line), or undefined when it can. */
  whyDisabled?: (ctx: ActionContext, lang: Lang) => string | undefined;
}

/** A status as the screens write it (Open, Sent, Deleted in the user's language). */
export function statusWord(lang: Lang, status: string): string {
  return status === 'open' || status === 'sent' || status === 'deleted' ? say(lang, `status.${status}`) : status;
}

const onlyOpen = (why: 'why.onlyOpenSent' | 'why.onlyOpenDeleted') => (ctx: ActionContext, lang: Lang) =>
  ctx.status && ctx.status !== 'open' ? say(lang, why, { status: statusWord(lang, ctx.status) }) : undefined;

/** The table below with its ids kept as literal types: a typo in an action id fails the type-check. */
function defineBindings<const Id extends string>(bindings: readonly Binding<Id>[]): readonly Binding<Id>[] {
  return bindings;
}

export const BINDINGS = defineBindings([
  { id: 'app.help', short: 'short.app.help', scope: 'global', keys: ['?', 'ctrl+k'], description: 'key.app.help', footer: true },

  { id: 'table.down', scope: 'table', keys: ['j', 'down'], description: 'key.table.down' },
  { id: 'table.up', scope: 'table', keys: ['k', 'up'], description: 'key.table.up' },
  { id: 'table.pageDown', scope: 'table', keys: ['pageDown', 'ctrl+d'], description: 'key.table.pageDown' },
  { id: 'table.pageUp', scope: 'table', keys: ['pageUp', 'ctrl+u'], description: 'key.table.pageUp' },
  { id: 'table.first', scope: 'table', keys: ['g', 'home'], description: 'key.table.first' },
  { id: 'table.last', scope: 'table', keys: ['G', 'end'], description: 'key.table.last' },
  { id: 'table.open', scope: 'table', keys: ['enter'], description: 'key.table.open', short: 'short.table.open', footer: true },
  { id: 'table.new', scope: 'table', keys: ['n'], description: 'key.table.new', short: 'short.table.new', footer: true },
  { id: 'table.search', short: 'short.table.search', scope: 'table', keys: ['/'], description: 'key.table.search', footer: true },
  {
    id: 'table.status',
    short: 'short.table.status',
    scope: 'table',
    keys: ['t'],
    description: 'key.table.status',
  },
  { id: 'table.type', scope: 'table', keys: ['y'], description: 'key.table.type' },
  {
    id: 'table.send',
    scope: 'table',
    keys: ['s'],
    description: 'key.table.send',
    short: 'short.table.send',
    footer: true,
    whyDisabled: onlyOpen('why.onlyOpenSent'),
  },
  {
    id: 'table.delete',
    scope: 'table',
    keys: ['d'],
    description: 'key.table.delete',
    short: 'short.table.delete',
    footer: true,
    whyDisabled: onlyOpen('why.onlyOpenDeleted'),
  },
  { id: 'table.import', scope: 'table', keys: ['i'], description: 'key.table.import', short: 'short.table.import' },
  { id: 'table.followups', short: 'short.table.followups', scope: 'table', keys: ['f'], description: 'key.table.followups', footer: true },
  {
    id: 'table.dashboard',
    short: 'short.table.dashboard',
    scope: 'table',
    keys: ['r'],
    description: 'key.table.dashboard',
    footer: true,
  },
  { id: 'table.language', scope: 'table', keys: ['L'], description: 'key.table.language' },
  { id: 'table.lists', scope: 'table', keys: ['l'], description: 'key.table.lists', short: 'short.table.lists' },
  { id: 'table.settings', scope: 'table', keys: ['o'], description: 'key.table.settings', short: 'short.table.settings' },
  { id: 'table.quit', scope: 'table', keys: ['q', 'ctrl+c'], description: 'key.table.quit', short: 'short.table.quit', footer: true },

  {
    id: 'search.done',
    short: 'short.search.done',
    scope: 'search',
    keys: ['enter', 'down'],
    description: 'key.search.done',
    footer: true,
  },
  { id: 'search.cancel', short: 'short.search.cancel', scope: 'search', keys: ['escape'], description: 'key.search.cancel', footer: true },

  { id: 'list.down', scope: 'list', keys: ['down', 'ctrl+n'], description: 'key.list.down', footer: true },
  { id: 'list.up', scope: 'list', keys: ['up', 'ctrl+p'], description: 'key.list.up' },
  { id: 'list.choose', scope: 'list', keys: ['enter'], description: 'key.list.choose', footer: true },
  { id: 'list.back', scope: 'list', keys: ['escape'], description: 'key.list.back', footer: true },

  { id: 'form.next', short: 'short.form.next', scope: 'form', keys: ['down', 'tab'], description: 'key.form.next', footer: true },
  { id: 'form.prev', scope: 'form', keys: ['up', 'shift+tab'], description: 'key.form.prev' },
  {
    id: 'form.nextStep',
    short: 'short.form.nextStep',
    scope: 'form',
    keys: ['pageDown', 'ctrl+n'],
    description: 'key.form.nextStep',
    footer: true,
  },
  { id: 'form.prevStep', scope: 'form', keys: ['pageUp', 'ctrl+p'], description: 'key.form.prevStep' },
  { id: 'form.edit', short: 'short.form.edit', scope: 'form', keys: ['enter'], description: 'key.form.edit', footer: true },
  { id: 'form.yes', scope: 'form', keys: ['y', 'j', 'o', '1'], description: 'key.form.yes' },
  { id: 'form.no', scope: 'form', keys: ['n', '0'], description: 'key.form.no' },
  { id: 'form.toggle', scope: 'form', keys: ['space'], description: 'key.form.toggle' },
  { id: 'form.erase', scope: 'form', keys: ['backspace', 'delete'], description: 'key.form.erase' },
  { id: 'form.clear', scope: 'form', keys: ['ctrl+x'], description: 'key.form.clear' },
  { id: 'form.nextMissing', scope: 'form', keys: ['ctrl+e'], description: 'key.form.nextMissing' },
  { id: 'form.copyBlock', scope: 'form', keys: ['ctrl+b'], description: 'key.form.copyBlock' },
  { id: 'form.save', short: 'short.form.save', scope: 'form', keys: ['ctrl+s'], description: 'key.form.save', footer: true },
  { id: 'form.review', short: 'short.form.review', scope: 'form', keys: ['ctrl+r'], description: 'key.form.review', footer: true },
  { id: 'form.leave', short: 'short.form.leave', scope: 'form', keys: ['escape'], description: 'key.form.leave', footer: true },

  { id: 'picker.down', scope: 'picker', keys: ['down', 'ctrl+n'], description: 'key.picker.down' },
  { id: 'picker.up', scope: 'picker', keys: ['up', 'ctrl+p'], description: 'key.picker.up' },
  {
    id: 'picker.choose',
    short: 'short.picker.choose',
    scope: 'picker',
    keys: ['enter'],
    description: 'key.picker.choose',
    footer: true,
  },
  { id: 'picker.toggle', short: 'short.picker.toggle', scope: 'picker', keys: ['space'], description: 'key.picker.toggle', footer: true },
  { id: 'picker.erase', scope: 'picker', keys: ['backspace', 'delete'], description: 'key.picker.erase' },
  { id: 'picker.add', scope: 'picker', keys: ['ctrl+a'], description: 'key.picker.add', short: 'short.picker.add' },
  { id: 'picker.cancel', scope: 'picker', keys: ['escape'], description: 'key.picker.cancel', footer: true },

  { id: 'review.down', scope: 'review', keys: ['j', 'down'], description: 'key.review.down' },
  { id: 'review.up', scope: 'review', keys: ['k', 'up'], description: 'key.review.up' },
  { id: 'review.jump', short: 'short.review.jump', scope: 'review', keys: ['enter'], description: 'key.review.jump', footer: true },
  { id: 'review.send', scope: 'review', keys: ['s'], description: 'key.review.send', footer: true },
  { id: 'review.consent', short: 'short.review.consent', scope: 'review', keys: ['c'], description: 'key.review.consent', footer: true },
  { id: 'review.back', short: 'short.review.back', scope: 'review', keys: ['escape', 'q'], description: 'key.review.back', footer: true },

  { id: 'import.next', scope: 'import', keys: ['down', 'tab'], description: 'key.import.next' },
  { id: 'import.prev', scope: 'import', keys: ['up', 'shift+tab'], description: 'key.import.prev' },
  { id: 'import.change', scope: 'import', keys: ['right', 'left'], description: 'key.import.change' },
  { id: 'import.erase', scope: 'import', keys: ['backspace', 'delete'], description: 'key.import.erase' },
  { id: 'import.start', scope: 'import', keys: ['enter'], description: 'key.import.start', short: 'short.import.start', footer: true },
  { id: 'import.back', scope: 'import', keys: ['escape'], description: 'key.import.back', short: 'short.import.back', footer: true },

  { id: 'report.down', scope: 'report', keys: ['j', 'down'], description: 'key.report.down' },
  { id: 'report.up', scope: 'report', keys: ['k', 'up'], description: 'key.report.up' },
  { id: 'report.filter', scope: 'report', keys: ['t'], description: 'key.report.filter', short: 'short.report.filter', footer: true },
  { id: 'report.open', scope: 'report', keys: ['enter'], description: 'key.report.open', short: 'short.report.open', footer: true },
  { id: 'report.back', scope: 'report', keys: ['escape', 'q'], description: 'key.report.back', short: 'short.report.back', footer: true },

  { id: 'settings.down', scope: 'settings', keys: ['down', 'tab'], description: 'key.settings.down' },
  { id: 'settings.up', scope: 'settings', keys: ['up', 'shift+tab'], description: 'key.settings.up' },
  {
    id: 'settings.edit',
    scope: 'settings',
    keys: ['enter'],
    description: 'key.settings.edit',
    short: 'short.settings.edit',
    footer: true,
  },
  { id: 'settings.choose', scope: 'settings', keys: ['left', 'right', 'space'], description: 'key.settings.choose' },
  { id: 'settings.erase', scope: 'settings', keys: ['backspace', 'delete'], description: 'key.settings.erase' },
  {
    id: 'settings.save',
    scope: 'settings',
    keys: ['ctrl+s'],
    description: 'key.settings.save',
    short: 'short.settings.save',
    footer: true,
  },
  {
    id: 'settings.back',
    scope: 'settings',
    keys: ['escape'],
    description: 'key.settings.back',
    short: 'short.settings.back',
    footer: true,
  },

  { id: 'dashboard.down', scope: 'dashboard', keys: ['j', 'down'], description: 'key.dashboard.down' },
  { id: 'dashboard.up', scope: 'dashboard', keys: ['k', 'up'], description: 'key.dashboard.up' },
  { id: 'dashboard.pageDown', scope: 'dashboard', keys: ['pageDown', 'ctrl+d'], description: 'key.dashboard.pageDown' },
  { id: 'dashboard.pageUp', scope: 'dashboard', keys: ['pageUp', 'ctrl+u'], description: 'key.dashboard.pageUp' },
  {
    id: 'dashboard.open',
    short: 'short.dashboard.open',
    scope: 'dashboard',
    keys: ['enter'],
    description: 'key.dashboard.open',
    footer: true,
  },
  {
    id: 'dashboard.section',
    short: 'short.dashboard.section',
    scope: 'dashboard',
    keys: ['tab'],
    description: 'key.dashboard.section',
    footer: true,
  },
  { id: 'dashboard.sectionBack', scope: 'dashboard', keys: ['shift+tab'], description: 'key.dashboard.sectionBack' },
  {
    id: 'dashboard.earlier',
    short: 'short.dashboard.earlier',
    scope: 'dashboard',
    keys: ['left', 'h'],
    description: 'key.dashboard.earlier',
    footer: true,
  },
  {
    id: 'dashboard.later',
    short: 'short.dashboard.later',
    scope: 'dashboard',
    keys: ['right', 'l'],
    description: 'key.dashboard.later',
    footer: true,
  },
  {
    id: 'dashboard.span',
    short: 'short.dashboard.span',
    scope: 'dashboard',
    keys: ['p'],
    description: 'key.dashboard.span',
    footer: true,
  },
  {
    id: 'dashboard.back',
    short: 'short.dashboard.back',
    scope: 'dashboard',
    keys: ['escape', 'q'],
    description: 'key.dashboard.back',
    footer: true,
  },

  { id: 'indicator.down', scope: 'indicator', keys: ['j', 'down'], description: 'key.indicator.down' },
  { id: 'indicator.up', scope: 'indicator', keys: ['k', 'up'], description: 'key.indicator.up' },
  { id: 'indicator.pageDown', scope: 'indicator', keys: ['pageDown', 'ctrl+d'], description: 'key.indicator.pageDown' },
  { id: 'indicator.pageUp', scope: 'indicator', keys: ['pageUp', 'ctrl+u'], description: 'key.indicator.pageUp' },
  {
    id: 'indicator.open',
    short: 'short.indicator.open',
    scope: 'indicator',
    keys: ['enter'],
    description: 'key.indicator.open',
    footer: true,
  },
  {
    id: 'indicator.back',
    short: 'short.indicator.back',
    scope: 'indicator',
    keys: ['escape', 'q'],
    description: 'key.indicator.back',
    footer: true,
  },

  { id: 'view.down', scope: 'view', keys: ['j', 'down'], description: 'key.view.down' },
  { id: 'view.up', scope: 'view', keys: ['k', 'up'], description: 'key.view.up' },
  { id: 'view.pageDown', scope: 'view', keys: ['pageDown', 'space'], description: 'key.view.pageDown' },
  { id: 'view.pageUp', scope: 'view', keys: ['pageUp'], description: 'key.view.pageUp' },
  {
    id: 'view.correct',
    scope: 'view',
    keys: ['c'],
    description: 'key.view.correct',
    short: 'short.view.correct',
    footer: true,
    whyDisabled: (ctx, lang) =>
      ctx.status !== 'sent' ? say(lang, 'why.onlySentCorrected', { status: statusWord(lang, ctx.status ?? '') }) : undefined,
  },
  { id: 'view.discard', scope: 'view', keys: ['x'], description: 'key.view.discard', short: 'short.view.discard' },
  { id: 'view.retry', scope: 'view', keys: ['r'], description: 'key.view.retry', short: 'short.view.retry', footer: true },
  { id: 'view.back', scope: 'view', keys: ['escape', 'q'], description: 'key.view.back', footer: true },

  { id: 'confirm.yes', scope: 'confirm', keys: ['y', 'enter'], description: 'key.confirm.yes', short: 'short.confirm.yes', footer: true },
  { id: 'confirm.no', scope: 'confirm', keys: ['n', 'escape'], description: 'key.confirm.no', short: 'short.confirm.no', footer: true },
  {
    id: 'notice.close',
    scope: 'notice',
    keys: ['enter', 'escape'],
    description: 'key.notice.close',
    short: 'short.notice.close',
    footer: true,
  },

  {
    id: 'help.close',
    short: 'short.help.close',
    scope: 'help',
    keys: ['escape', '?', 'q', 'ctrl+k'],
    description: 'key.help.close',
    footer: true,
  },
  { id: 'help.down', scope: 'help', keys: ['j', 'down', 'pageDown'], description: 'key.help.down' },
  { id: 'help.up', scope: 'help', keys: ['k', 'up', 'pageUp'], description: 'key.help.up' },
]);

/** Every action's id. */
export type ActionId = (typeof BINDINGS)[number]['id'];

type Named =
  'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'enter' | 'escape' | 'tab' | 'home' | 'end' | 'backspace' | 'delete';
const NAMED: Record<Named, keyof KeyLike> = {
  up: 'upArrow',
  down: 'downArrow',
  left: 'leftArrow',
  right: 'rightArrow',
  pageUp: 'pageUp',
  pageDown: 'pageDown',
  enter: 'return',
  escape: 'escape',
  tab: 'tab',
  home: 'home',
  end: 'end',
  backspace: 'backspace',
  delete: 'delete',
};

function keyMatches(k: string, input: string, key: KeyLike): boolean {
  if (k === 'shift+tab') return !!key.tab && !!key.shift;
  if (k === 'tab') return !!key.tab && !key.shift;
  if (k === 'space') return input === ' ' && !key.ctrl;
  if (k.startsWith('ctrl+')) return !!key.ctrl && input === k.slice(5);
  if (k in NAMED) return !!key[NAMED[k as Named]];
  return !key.ctrl && !key.meta && input === k;
}

const byId = new Map<string, Binding<ActionId>>(BINDINGS.map((b) => [b.id, b]));

export function binding(id: ActionId): Binding<ActionId> {
  const b = byId.get(id);
  if (!b) throw new Error(`unknown action ${id}`);
  return b;
}

/** Whether a key press triggers an action. */
export function matches(action: ActionId, input: string, key: KeyLike): boolean {
  return binding(action).keys.some((k) => keyMatches(k, input, key));
}

/** The action of a scope (or a global one) a key press triggers, if any. */
export function actionFor(scope: Scope, input: string, key: KeyLike): ActionId | undefined {
  return (
    BINDINGS.find((b) => b.scope === scope && b.keys.some((k) => keyMatches(k, input, key)))?.id ??
    BINDINGS.find((b) => b.scope === 'global' && b.keys.some((k) => keyMatches(k, input, key)))?.id
  );
}

/** Whether a key press is plain text to type (a printable character, no control key). */
export function isTyping(input: string, key: KeyLike): boolean {
  return (
    input.length > 0 &&
    !key.ctrl &&
    !key.meta &&
    !key.return &&
    !key.escape &&
    !key.tab &&
    !key.backspace &&
    !key.delete &&
    !key.upArrow &&
    !key.downArrow &&
    !key.leftArrow &&
    !key.rightArrow &&
    !key.pageUp &&
    !key.pageDown &&
    // eslint-disable-next-line no-control-regex -- control characters are exactly what a typed key must not be
    !/[\u0000-\u001F\u007F]/.test(input)
  );
}

/** The actions of a screen, plus the global ones, in keymap order. */
export function bindingsFor(scope: Scope): Binding<ActionId>[] {
  return BINDINGS.filter((b) => b.scope === scope || b.scope === 'global');
}

const ARROWS: Record<string, string> = { down: '↓', up: '↑', left: '←', right: '→' };

/** A key as the footer and the help write it, in the language of the user's keyboard. */
export const shown = (k: string, lang: Lang = 'en') => {
  const named = `keyname.${k}`;
  return ARROWS[k] ?? (named in MESSAGES ? say(lang, named as MessageId) : k.replace('ctrl+', 'Ctrl+'));
};

/** What an action does, in a language (the help's line). */
export function descriptionOf(b: Binding, lang: Lang): string {
  return say(lang, b.description);
}

/** How a binding's keys are written in the footer and the help. */
export function keysLabel(b: Binding, max = 2, lang: Lang = 'en'): string {
  return b.keys
    .slice(0, max)
    .map((k) => shown(k, lang))
    .join('/');
}

/** Screens where printable keys type text: their footer shows a key that does not. */
const TYPING: Scope[] = ['form', 'picker', 'search', 'import', 'settings'];

/**
 * The footer line of a screen in a language, generated from the keymap: `key:word` pairs, k9s
 * style. Every screen passes its language; English only where a caller has none yet. Where
 * letters are text (`typing`), each action shows a key that does not type.
 */
export function footerHints(scope: Scope, lang: Lang = 'en', typing = TYPING.includes(scope)): string {
  return bindingsFor(scope)
    .filter((b) => b.footer)
    .map((b) => {
      const key = typing ? (b.keys.find((k) => k.length > 1) ?? b.keys[0]!) : b.keys[0]!;
      return `${shown(key, lang)}:${b.short ? say(lang, b.short) : descriptionOf(b, lang).split(' (')[0]}`;
    })
    .join(' ');
}
