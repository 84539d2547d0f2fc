/**
 * The one place keys live. Every action has a dotted id, its keys, a description and the screen
 * (scope) where it applies; screens ask `actionFor(scope, input, key)` or `matches(id, ...)` and
 * never compare characters themselves. The footer and the help overlay are generated from here.
 * Keys follow lazygit / k9s / htop habits: j/k and arrows, g/G, / to filter, ? for help, q to quit.
 */

import { say } from './messages.js';

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
  description: string;
  /** Shown in the footer (the most used actions of a screen), with this short word if given. */
  footer?: boolean;
  short?: string;
  /** Why the action cannot be used now (shown on the status line), or undefined when it can. */
  whyDisabled?: (ctx: ActionContext) => string | undefined;
}

const onlyOpen = (verb: string) => (ctx: ActionContext) =>
  ctx.status && ctx.status !== 'open' ? `Only an Open registration can be ${verb}; this one is ${ctx.status}.` : undefined;

/** The table below with its ids kept as literal types: a typo in an action id fails the type-check. */
function defineBindings<const Id extends string>(bindings: readonly Binding<Id>[]): readonly Binding<Id>[] {
  return bindings;
}

export const BINDINGS = defineBindings([
  { id: 'app.help', short: 'keys', scope: 'global', keys: ['?', 'ctrl+k'], description: 'keys (help)', footer: true },

  { id: 'table.down', scope: 'table', keys: ['j', 'down'], description: 'next row' },
  { id: 'table.up', scope: 'table', keys: ['k', 'up'], description: 'previous row' },
  { id: 'table.pageDown', scope: 'table', keys: ['pageDown', 'ctrl+d'], description: 'next page' },
  { id: 'table.pageUp', scope: 'table', keys: ['pageUp', 'ctrl+u'], description: 'previous page' },
  { id: 'table.first', scope: 'table', keys: ['g', 'home'], description: 'first row' },
  { id: 'table.last', scope: 'table', keys: ['G', 'end'], description: 'last row' },
  { id: 'table.open', scope: 'table', keys: ['enter'], description: 'open the registration', short: 'open', footer: true },
  { id: 'table.new', scope: 'table', keys: ['n'], description: 'new registration', short: 'new', footer: true },
  { id: 'table.search', short: 'filter', scope: 'table', keys: ['/'], description: 'filter by code, NISS or id', footer: true },
  {
    id: 'table.status',
    short: 'status',
    scope: 'table',
    keys: ['t'],
    description: 'status filter (Open+Sent, Open, Sent, Deleted, All)',
  },
  { id: 'table.type', scope: 'table', keys: ['y'], description: 'type filter (all, H, P, F, FP, FU)' },
  {
    id: 'table.send',
    scope: 'table',
    keys: ['s'],
    description: 'send the registration',
    short: 'send',
    footer: true,
    whyDisabled: onlyOpen('sent'),
  },
  {
    id: 'table.delete',
    scope: 'table',
    keys: ['d'],
    description: 'delete the registration',
    short: 'delete',
    footer: true,
    whyDisabled: onlyOpen('deleted'),
  },
  { id: 'table.import', scope: 'table', keys: ['i'], description: 'import a CSV file (HD4DP format)', short: 'import' },
  { id: 'table.followups', short: 'follow-ups', scope: 'table', keys: ['f'], description: 'follow-ups due', footer: true },
  {
    id: 'table.dashboard',
    short: 'quality',
    scope: 'table',
    keys: ['r'],
    description: 'quality dashboard (indicators, data quality, operators)',
    footer: true,
  },
  { id: 'table.language', scope: 'table', keys: ['L'], description: 'language of labels: English, Nederlands, Français (saved)' },
  { id: 'table.lists', scope: 'table', keys: ['l'], description: 'reference lists (physicians, devices, postal codes)', short: 'lists' },
  { id: 'table.settings', scope: 'table', keys: ['o'], description: 'settings (hospital, endpoints, your defaults)', short: 'settings' },
  { id: 'table.quit', scope: 'table', keys: ['q', 'ctrl+c'], description: 'quit angio', short: 'quit', footer: true },

  {
    id: 'search.done',
    short: 'keep filter',
    scope: 'search',
    keys: ['enter', 'down'],
    description: 'keep the filter, back to the rows',
    footer: true,
  },
  { id: 'search.cancel', short: 'clear filter', scope: 'search', keys: ['escape'], description: 'clear the filter', footer: true },

  { id: 'list.down', scope: 'list', keys: ['down', 'ctrl+n'], description: 'next', footer: true },
  { id: 'list.up', scope: 'list', keys: ['up', 'ctrl+p'], description: 'previous' },
  { id: 'list.choose', scope: 'list', keys: ['enter'], description: 'choose', footer: true },
  { id: 'list.back', scope: 'list', keys: ['escape'], description: 'back', footer: true },

  { id: 'form.next', short: 'next', scope: 'form', keys: ['down', 'tab'], description: 'next field', footer: true },
  { id: 'form.prev', scope: 'form', keys: ['up', 'shift+tab'], description: 'previous field' },
  { id: 'form.nextStep', short: 'step', scope: 'form', keys: ['pageDown', 'ctrl+n'], description: 'next step', footer: true },
  { id: 'form.prevStep', scope: 'form', keys: ['pageUp', 'ctrl+p'], description: 'previous step' },
  { id: 'form.edit', short: 'confirm', scope: 'form', keys: ['enter'], description: 'confirm the value / open the choices', footer: true },
  { id: 'form.yes', scope: 'form', keys: ['y', 'j', 'o', '1'], description: 'yes (on a yes/no question)' },
  { id: 'form.no', scope: 'form', keys: ['n', '0'], description: 'no (on a yes/no question)' },
  { id: 'form.toggle', scope: 'form', keys: ['space'], description: 'switch yes / no' },
  { id: 'form.erase', scope: 'form', keys: ['backspace', 'delete'], description: 'erase a character' },
  { id: 'form.clear', scope: 'form', keys: ['ctrl+x'], description: 'clear the field' },
  { id: 'form.nextMissing', scope: 'form', keys: ['ctrl+e'], description: say('en', 'key.form.nextMissing') },
  { id: 'form.copyBlock', scope: 'form', keys: ['ctrl+b'], description: say('en', 'key.form.copyBlock') },
  { id: 'form.save', scope: 'form', keys: ['ctrl+s'], description: 'save', footer: true },
  { id: 'form.review', short: 'review', scope: 'form', keys: ['ctrl+r'], description: 'review and send', footer: true },
  { id: 'form.leave', short: 'back', scope: 'form', keys: ['escape'], description: 'back to the table', footer: true },

  { id: 'picker.down', scope: 'picker', keys: ['down', 'ctrl+n'], description: 'next choice' },
  { id: 'picker.up', scope: 'picker', keys: ['up', 'ctrl+p'], description: 'previous choice' },
  {
    id: 'picker.choose',
    short: 'choose',
    scope: 'picker',
    keys: ['enter'],
    description: 'choose (multiple: confirm the ticked ones)',
    footer: true,
  },
  { id: 'picker.toggle', short: 'tick', scope: 'picker', keys: ['space'], description: 'tick / untick (multiple choice)', footer: true },
  { id: 'picker.erase', scope: 'picker', keys: ['backspace', 'delete'], description: 'erase a filter character' },
  { id: 'picker.add', scope: 'picker', keys: ['ctrl+a'], description: 'add the typed physician to the list (admin)', short: 'add' },
  { id: 'picker.cancel', scope: 'picker', keys: ['escape'], description: 'cancel', footer: true },

  { id: 'review.down', scope: 'review', keys: ['j', 'down'], description: 'next problem' },
  { id: 'review.up', scope: 'review', keys: ['k', 'up'], description: 'previous problem' },
  { id: 'review.jump', short: 'go to field', scope: 'review', keys: ['enter'], description: 'go to the field', footer: true },
  { id: 'review.send', scope: 'review', keys: ['s'], description: 'send', footer: true },
  { id: 'review.consent', short: 'consent', scope: 'review', keys: ['c'], description: "record the patient's consent", footer: true },
  { id: 'review.back', short: 'back to form', scope: 'review', keys: ['escape', 'q'], description: 'back to the form', footer: true },

  { id: 'import.next', scope: 'import', keys: ['down', 'tab'], description: 'next setting' },
  { id: 'import.prev', scope: 'import', keys: ['up', 'shift+tab'], description: 'previous setting' },
  { id: 'import.change', scope: 'import', keys: ['right', 'left'], description: 'change the type or the mode' },
  { id: 'import.erase', scope: 'import', keys: ['backspace', 'delete'], description: 'erase a character of the file name' },
  { id: 'import.start', scope: 'import', keys: ['enter'], description: 'start the import', short: 'start', footer: true },
  { id: 'import.back', scope: 'import', keys: ['escape'], description: 'back to the table', short: 'back', footer: true },

  { id: 'report.down', scope: 'report', keys: ['j', 'down'], description: 'next row' },
  { id: 'report.up', scope: 'report', keys: ['k', 'up'], description: 'previous row' },
  { id: 'report.filter', scope: 'report', keys: ['t'], description: 'show: all rows, rejected, written', short: 'filter', footer: true },
  { id: 'report.open', scope: 'report', keys: ['enter'], description: 'open the registration of the row', short: 'open', footer: true },
  { id: 'report.back', scope: 'report', keys: ['escape', 'q'], description: 'back to the table', short: 'back', footer: true },

  { id: 'settings.down', scope: 'settings', keys: ['down', 'tab'], description: 'next setting' },
  { id: 'settings.up', scope: 'settings', keys: ['up', 'shift+tab'], description: 'previous setting' },
  {
    id: 'settings.edit',
    scope: 'settings',
    keys: ['enter'],
    description: 'edit the setting; Enter again keeps it, Esc drops the edit',
    short: 'edit',
    footer: true,
  },
  { id: 'settings.choose', scope: 'settings', keys: ['left', 'right', 'space'], description: 'change a choice (the language)' },
  { id: 'settings.erase', scope: 'settings', keys: ['backspace', 'delete'], description: 'erase a character' },
  {
    id: 'settings.save',
    scope: 'settings',
    keys: ['ctrl+s'],
    description: 'save every setting (checked first)',
    short: 'save',
    footer: true,
  },
  {
    id: 'settings.back',
    scope: 'settings',
    keys: ['escape'],
    description: 'back (an edit in progress is dropped first)',
    short: 'back',
    footer: true,
  },

  { id: 'dashboard.down', scope: 'dashboard', keys: ['j', 'down'], description: 'next indicator or operator' },
  { id: 'dashboard.up', scope: 'dashboard', keys: ['k', 'up'], description: 'previous indicator or operator' },
  { id: 'dashboard.pageDown', scope: 'dashboard', keys: ['pageDown', 'ctrl+d'], description: 'next page' },
  { id: 'dashboard.pageUp', scope: 'dashboard', keys: ['pageUp', 'ctrl+u'], description: 'previous page' },
  {
    id: 'dashboard.open',
    short: 'definition',
    scope: 'dashboard',
    keys: ['enter'],
    description: "the indicator's definition and its registrations",
    footer: true,
  },
  {
    id: 'dashboard.section',
    short: 'section',
    scope: 'dashboard',
    keys: ['tab'],
    description: 'next section: indicators, data quality, operators',
    footer: true,
  },
  { id: 'dashboard.sectionBack', scope: 'dashboard', keys: ['shift+tab'], description: 'previous section' },
  { id: 'dashboard.earlier', short: 'earlier', scope: 'dashboard', keys: ['left', 'h'], description: 'earlier period', footer: true },
  { id: 'dashboard.later', short: 'later', scope: 'dashboard', keys: ['right', 'l'], description: 'later period', footer: true },
  {
    id: 'dashboard.span',
    short: 'period',
    scope: 'dashboard',
    keys: ['p'],
    description: 'period: four quarters, twelve months, a calendar year',
    footer: true,
  },
  { id: 'dashboard.back', short: 'back', scope: 'dashboard', keys: ['escape', 'q'], description: 'back to the table', footer: true },

  { id: 'indicator.down', scope: 'indicator', keys: ['j', 'down'], description: 'next registration' },
  { id: 'indicator.up', scope: 'indicator', keys: ['k', 'up'], description: 'previous registration' },
  { id: 'indicator.pageDown', scope: 'indicator', keys: ['pageDown', 'ctrl+d'], description: 'next page' },
  { id: 'indicator.pageUp', scope: 'indicator', keys: ['pageUp', 'ctrl+u'], description: 'previous page' },
  { id: 'indicator.open', short: 'open', scope: 'indicator', keys: ['enter'], description: 'open the registration', footer: true },
  { id: 'indicator.back', short: 'back', scope: 'indicator', keys: ['escape', 'q'], description: 'back to the dashboard', footer: true },

  { id: 'view.down', scope: 'view', keys: ['j', 'down'], description: 'scroll down' },
  { id: 'view.up', scope: 'view', keys: ['k', 'up'], description: 'scroll up' },
  { id: 'view.pageDown', scope: 'view', keys: ['pageDown', 'space'], description: 'page down' },
  { id: 'view.pageUp', scope: 'view', keys: ['pageUp'], description: 'page up' },
  {
    id: 'view.correct',
    scope: 'view',
    keys: ['c'],
    description: 'correct a Sent registration (full resubmission)',
    short: 'correct',
    footer: true,
    whyDisabled: (ctx) => (ctx.status !== 'sent' ? `Only a Sent registration is corrected; this one is ${ctx.status}.` : undefined),
  },
  { id: 'view.discard', scope: 'view', keys: ['x'], description: 'discard the correction in progress', short: 'discard' },
  { id: 'view.retry', scope: 'view', keys: ['r'], description: 'try failed deliveries again', short: 'retry', footer: true },
  { id: 'view.back', scope: 'view', keys: ['escape', 'q'], description: 'back', footer: true },

  { id: 'confirm.yes', scope: 'confirm', keys: ['y', 'enter'], description: 'yes, go ahead', short: 'yes', footer: true },
  { id: 'confirm.no', scope: 'confirm', keys: ['n', 'escape'], description: 'no, go back', short: 'no', footer: true },

  { id: 'help.close', short: 'close', scope: 'help', keys: ['escape', '?', 'q', 'ctrl+k'], description: 'close the help', footer: true },
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

export const shown = (k: string) =>
  (
    ({
      down: '↓',
      up: '↑',
      left: '←',
      right: '→',
      enter: 'Enter',
      escape: 'Esc',
      pageDown: 'PgDn',
      pageUp: 'PgUp',
      space: 'Space',
      tab: 'Tab',
      'shift+tab': 'Shift+Tab',
      backspace: 'Bksp',
      delete: 'Del',
      home: 'Home',
      end: 'End',
    }) as Record<string, string>
  )[k] ?? k.replace('ctrl+', 'Ctrl+');

/** How a binding's keys are written in the footer and the help. */
export function keysLabel(b: Binding, max = 2): string {
  return b.keys.slice(0, max).map(shown).join('/');
}

/** Screens where printable keys type text: their footer shows a key that does not. */
const TYPING: Scope[] = ['form', 'picker', 'search', 'import', 'settings'];

/** The footer line of a screen, generated from the keymap: `key:word` pairs, k9s style. */
export function footerHints(scope: Scope): string {
  return bindingsFor(scope)
    .filter((b) => b.footer)
    .map((b) => {
      const key = TYPING.includes(scope) ? (b.keys.find((k) => k.length > 1) ?? b.keys[0]!) : b.keys[0]!;
      return `${shown(key)}:${b.short ?? b.description.split(' (')[0]}`;
    })
    .join(' ');
}
