/**
 * What the app does for an action of the table or of a record view: open a screen, or run an
 * operation of the core and say how it went. The rights come from the core (ops.whyNot); this
 * only translates keys into operations and outcomes into notices.
 */
import type { Lang, TypeCode } from '../registry/index.js';
import type { OperationName } from '../operations/index.js';
import { editableData, type ListRow } from '../store/index.js';
import { readinessProblems } from '../validation/index.js';
import { formOf } from '../registry/index.js';
import type { ActionId } from '../keymap.js';
import { say } from '../messages.js';
import { createFormController } from './form/form-controller.js';
import { createDashboardController } from './dashboard/dashboard-controller.js';
import { DASHBOARD_CHROME } from './dashboard/dashboard-screen.js';
import type { StackAction } from './screen-stack.js';
import type { Services } from './services.js';
import type { Notice } from './status-line.js';
import type { TableController } from './table-controller.js';
import { errorText, whyNotSaid } from './refusals.js';
import { whyDisabled } from './registrations-table.js';
import type { registrationActions } from './use-registration-actions.js';

/** The operation a table key leads to, when it leads to one: its right is checked before the screen opens. */
const TABLE_OPERATION: Partial<Record<ActionId, OperationName>> = {
  'table.new': 'createRegistration',
  'table.import': 'importFile',
  'table.followups': 'createFollowUp',
  'table.send': 'sendRegistration',
  'table.delete': 'deleteRegistration',
  'table.dashboard': 'readQuality',
};

const VIEW_OPERATION = {
  'view.correct': 'startCorrection',
  'view.discard': 'discardCorrection',
  'view.retry': 'retryFailedDeliveries',
} as const;

const NEXT_LANG: Record<Lang, Lang> = { en: 'nl', nl: 'fr', fr: 'en' };

export interface AppActionDeps {
  services: Services;
  userRiziv: string | undefined;
  table: TableController;
  dispatch: (a: StackAction) => void;
  notify: (n: Notice | undefined) => void;
  actions: ReturnType<typeof registrationActions>;
  /** Rows available for the form (the terminal's height less the form's chrome). */
  formHeight: number;
  canImport: boolean;
  canChangeSettings: boolean;
  setLang: (lang: Lang) => void;
  saveLanguage?: ((lang: Lang) => void) | undefined;
  deliverNow: () => void;
  exit: () => void;
  showHelp: () => void;
}

export function appActions(d: AppActionDeps) {
  const { services: s, dispatch, notify } = d;
  const fail = (e: unknown) => notify({ text: errorText(s.lang, e), tone: 'error' });

  /** The form of an Open registration (or of a correction), else its read-only view. */
  const openForm = (id: number) => {
    const r = s.store.mustGet(id);
    if (r.status !== 'open' && !(r.status === 'sent' && r.correctionData)) return dispatch({ type: 'open', screen: { kind: 'view', id } });
    const denied = whyNotSaid(s, r.status === 'open' ? 'confirmAnswer' : 'editCorrection');
    if (denied) {
      notify({ text: say(s.lang, 'app.readOnly', { why: denied }), tone: 'info' });
      return dispatch({ type: 'open', screen: { kind: 'view', id } });
    }
    const deps = { store: s.store, ops: s.ops, user: s.user, lang: s.lang, userRiziv: d.userRiziv };
    dispatch({ type: 'open', screen: { kind: 'form', controller: createFormController(deps, r, d.formHeight).start() } });
  };

  /** A new registration (or the follow-up of a hospitalisation), then its form. */
  const create = (type: TypeCode, version: string, parentId?: number) => {
    try {
      const r =
        parentId === undefined
          ? s.ops.createRegistration(s.user, { type, formVersion: version })
          : s.ops.createFollowUp(s.user, { parentId, formVersion: version });
      dispatch({ type: 'home' });
      d.table.focusId(r.id);
      notify({
        text:
          parentId === undefined
            ? say(s.lang, 'app.created', { id: r.id })
            : say(s.lang, 'app.createdFollowUp', { id: r.id, parent: parentId }),
        tone: 'success',
      });
      openForm(r.id);
    } catch (e) {
      fail(e);
    }
  };

  const problemsOf = (id: number) => {
    const r = s.store.mustGet(id);
    return readinessProblems(formOf(r.type, r.formVersion), editableData(r), { lists: s.store.lists, today: s.core.clock.today() });
  };

  const onTableAction = (action: ActionId, row: ListRow | undefined) => {
    notify(undefined);
    if (action === 'table.quit') return d.exit();
    if (action === 'app.help') return d.showHelp();
    const operation = TABLE_OPERATION[action];
    const denied = operation ? whyNotSaid(s, operation) : undefined;
    if (denied) return notify({ text: denied, tone: 'error' });
    switch (action) {
      case 'table.new':
        return dispatch({ type: 'open', screen: { kind: 'new' } });
      case 'table.followups':
        return dispatch({ type: 'open', screen: { kind: 'followups' } });
      case 'table.import':
        return d.canImport
          ? dispatch({ type: 'open', screen: { kind: 'import' } })
          : notify({ text: say(s.lang, 'app.noImport'), tone: 'error' });
      case 'table.dashboard': {
        const deps = { ops: s.ops, user: s.user, lang: s.lang, clock: s.core.clock, dataVersion: () => s.store.dataVersion() };
        const controller = createDashboardController(deps, Math.max(1, s.size.rows - DASHBOARD_CHROME));
        controller.load();
        return dispatch({ type: 'open', screen: { kind: 'dashboard', controller } });
      }
      case 'table.lists':
        return dispatch({ type: 'open', screen: { kind: 'lists' } });
      case 'table.settings':
        return d.canChangeSettings
          ? dispatch({ type: 'open', screen: { kind: 'settings' } })
          : notify({ text: say(s.lang, 'app.noSettings'), tone: 'error' });
      case 'table.language': {
        const next = NEXT_LANG[s.lang];
        d.setLang(next);
        d.saveLanguage?.(next);
        return notify({ text: say(next, 'app.language', { name: say(next, `lang.${next}`) }), tone: 'info' });
      }
    }
    const why = whyDisabled(action, row, s.lang);
    if (why) return notify({ text: why, tone: 'error' });
    if (!row) return;
    if (action === 'table.open') return openForm(row.id);
    if (action === 'table.delete') return d.actions.delete(row.id);
    if (action === 'table.send') return d.actions.send(row.id, problemsOf(row.id));
  };

  const onViewAction = (action: keyof typeof VIEW_OPERATION, id: number) => {
    notify(undefined);
    const denied = whyNotSaid(s, VIEW_OPERATION[action]);
    if (denied) return notify({ text: denied, tone: 'error' });
    try {
      if (action === 'view.correct') {
        s.ops.startCorrection(s.user, { id });
        dispatch({ type: 'back' });
        return openForm(id);
      }
      if (action === 'view.discard') return d.actions.discardCorrection(id);
      const queued = s.ops.retryFailedDeliveries(s.user, { id });
      d.table.refresh();
      d.deliverNow();
      return notify({
        text: queued.length ? say(s.lang, 'app.requeued', { n: queued.length }) : say(s.lang, 'app.nothingFailed'),
        tone: 'info',
      });
    } catch (e) {
      fail(e);
    }
  };

  return { openForm, create, onTableAction, onViewAction };
}
