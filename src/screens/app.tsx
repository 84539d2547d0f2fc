/**
 * The app root: the services, the screen stack (Enter pushes, Esc pops), the confirmation and
 * help overlays, the status notice and background delivery. Only the top screen listens to keys
 * and is drawn.
 */
import { useApp } from 'ink';
import { useCallback, useEffect, useMemo, useState, type ReactElement } from 'react';
import { formOf, type Lang, type TypeCode } from '../registry/index.js';
import {
  createReferenceLists,
  editableData,
  type Action,
  type Db,
  type ListRow,
  type Outbox,
  type RegistrationStore,
} from '../store/index.js';
import type { Corrector, Deliverer, Sender } from '../transmit/index.js';
import { patientAnswers, readinessProblems, type Data } from '../validation/index.js';
import type { Scope } from '../keymap.js';
import { Confirm, type ConfirmProps } from './confirm.js';
import { createFormController, type FormController } from './form/form-controller.js';
import { RecordForm } from './form/record-form.js';
import { HelpOverlay } from './help-overlay.js';
import { ImportScreen, type ImportRunner } from './import-screen.js';
import { SettingsScreen, type SettingsPort } from './settings-screen.js';
import { ReferenceListsScreen } from './reference-lists-screen.js';
import { NewRegistration, ParentPicker } from './new-registration.js';
import { RecordView } from './record-view.js';
import { RegistrationsTable, whyDisabled } from './registrations-table.js';
import { Review } from './review.js';
import { SentNotice } from './sent-notice.js';
import { ServicesContext, type Services } from './services.js';
import type { Notice } from './status-line.js';
import { createTableController } from './table-controller.js';
import { registrationActions } from './use-registration-actions.js';
import { useDelivery } from './use-delivery.js';
import { useTerminalSize, type Size } from './use-terminal-size.js';

type Screen =
  | { kind: 'table' }
  | { kind: 'new' }
  | { kind: 'followups' }
  | { kind: 'form'; controller: FormController }
  | { kind: 'review'; controller: FormController }
  | { kind: 'view'; id: number }
  | { kind: 'sent'; id: number; code: string }
  | { kind: 'import' }
  | { kind: 'settings' }
  | { kind: 'lists' };

const SCOPE: Record<Screen['kind'], Scope> = {
  table: 'table',
  new: 'list',
  followups: 'list',
  form: 'form',
  review: 'review',
  view: 'view',
  sent: 'confirm',
  import: 'import',
  settings: 'settings',
  lists: 'list',
};
const NEXT_LANG: Record<Lang, Lang> = { en: 'nl', nl: 'fr', fr: 'en' };
const LANG_NAME: Record<Lang, string> = { en: 'English', nl: 'Nederlands', fr: 'Français' };

export interface AppProps {
  db: Db;
  store: RegistrationStore;
  sender: Sender;
  corrector: Corrector;
  outbox: Outbox;
  /** Delivers in the background when endpoints are configured. */
  deliverer?: Deliverer | undefined;
  user: string;
  lang: Lang;
  size?: Partial<Size>;
  /** Keeps the chosen language for the next start. */
  saveLanguage?: (lang: Lang) => void;
  /** Runs a CSV import (with its results file). */
  runImport?: ImportRunner;
  /** Author answers a new registration starts with (settings, else the user). */
  authorDefaults?: Data;
  /** The user's RIZIV number, offered in the operator fields. */
  userRiziv?: string | undefined;
  /** Reads and saves the settings (the Settings screen). */
  settings?: SettingsPort;
}

export function App(props: AppProps) {
  const { exit } = useApp();
  const terminal = useTerminalSize(props.size);
  // One line less than the terminal: a frame as tall as the terminal makes Ink clear the whole
  // screen on every key (slow, and it flickers over SSH).
  const size = { rows: Math.max(6, terminal.rows - 1), columns: terminal.columns };
  const [lang, setLang] = useState<Lang>(props.lang);
  const referenceLists = useMemo(() => createReferenceLists(props.db), [props.db]);
  const services: Services = {
    store: props.store,
    sender: props.sender,
    corrector: props.corrector,
    outbox: props.outbox,
    canDeliver: props.deliverer !== undefined,
    addListEntry: (list, code) =>
      referenceLists.addEntry(
        list,
        { code, name: `(added by ${props.user} from the form)`, detail: '', validFrom: null, validTo: null },
        props.user,
      ),
    user: props.user,
    lang,
    size,
  };
  const table = useMemo(() => createTableController(props.store, Math.max(1, size.rows - 5), props.outbox), [props.store, props.outbox]); // eslint-disable-line react-hooks/exhaustive-deps
  const [stack, setStack] = useState<Screen[]>([{ kind: 'table' }]);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [confirm, setConfirm] = useState<ConfirmProps | undefined>();
  const [help, setHelp] = useState(false);
  const refresh = useCallback(() => table.refresh(), [table]);
  const whyNot = (action: Action) => props.store.access.whyNot(props.user, action);
  // Changes committed by other processes (another TUI, the API, an import) show up on their own.
  useEffect(() => {
    let seen = props.store.dataVersion();
    const timer = setInterval(() => {
      const now = props.store.dataVersion();
      if (now !== seen) {
        seen = now;
        table.refresh();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [props.store, table]);
  const { progress, deliverNow } = useDelivery(props.deliverer, refresh);
  const top = stack.at(-1)!;

  const push = (s: Screen) => setStack((st) => [...st, s]);
  const pop = () => {
    setStack((st) => (st.length > 1 ? st.slice(0, -1) : st));
    table.refresh();
  };
  const ask = (question: string, onYes: () => void, detail?: string) =>
    setConfirm({
      question,
      detail,
      onYes: () => {
        setConfirm(undefined);
        onYes();
      },
      onNo: () => setConfirm(undefined),
    });
  const actions = registrationActions({
    store: props.store,
    sender: props.sender,
    corrector: props.corrector,
    user: props.user,
    lang,
    ask,
    notify: setNotice,
    onChanged: refresh,
    onSent: (id, code) => {
      setStack([{ kind: 'table' }, { kind: 'sent', id, code }]);
      deliverNow();
    },
  });
  const fail = (e: unknown) => setNotice({ text: e instanceof Error ? e.message : String(e), tone: 'error' });

  const openForm = (id: number) => {
    const r = props.store.mustGet(id);
    if (r.status !== 'open' && !(r.status === 'sent' && r.correctionData)) return push({ kind: 'view', id });
    const denied = whyNot(r.status === 'open' ? 'edit' : 'correct');
    if (denied) {
      setNotice({ text: `Read-only: ${denied}`, tone: 'info' });
      return push({ kind: 'view', id });
    }
    const deps = { store: props.store, user: props.user, lang, userRiziv: props.userRiziv };
    push({ kind: 'form', controller: createFormController(deps, r, Math.max(3, size.rows - 6)).start() });
  };

  const create = (type: TypeCode, version: string, parentId?: number) => {
    try {
      let data: Data = { ...props.authorDefaults };
      if (parentId !== undefined) {
        const parent = props.store.mustGet(parentId);
        data = { ...data, ...patientAnswers(formOf(parent.type, parent.formVersion), formOf(type, version), parent.data) };
      }
      const r = props.store.create({ type, formVersion: version, data, user: props.user, ...(parentId !== undefined ? { parentId } : {}) });
      setStack([{ kind: 'table' }]);
      table.focusId(r.id);
      setNotice({
        text: `Registration #${r.id} created${parentId !== undefined ? ` as the follow-up of #${parentId}` : ''}.`,
        tone: 'success',
      });
      openForm(r.id);
    } catch (e) {
      fail(e);
    }
  };

  const problemsOf = (id: number) => {
    const r = props.store.mustGet(id);
    return readinessProblems(formOf(r.type, r.formVersion), editableData(r), {
      lists: props.store.lists,
      today: props.store.clock.today(),
    });
  };

  const onTableAction = (action: string, row: ListRow | undefined) => {
    setNotice(undefined);
    if (action === 'table.quit') return exit();
    if (action === 'app.help') return setHelp(true);
    const ROLE_NEEDED: Record<string, Action> = {
      'table.new': 'create',
      'table.import': 'create',
      'table.followups': 'create',
      'table.send': 'send',
      'table.delete': 'delete',
    };
    const denied = ROLE_NEEDED[action] ? whyNot(ROLE_NEEDED[action]) : undefined;
    if (denied) return setNotice({ text: denied, tone: 'error' });
    if (action === 'table.new') return push({ kind: 'new' });
    if (action === 'table.followups') return push({ kind: 'followups' });
    if (action === 'table.import')
      return props.runImport
        ? push({ kind: 'import' })
        : setNotice({ text: 'Import is not available here: use "angio import".', tone: 'error' });
    if (action === 'table.lists') return push({ kind: 'lists' });
    if (action === 'table.settings')
      return props.settings
        ? push({ kind: 'settings' })
        : setNotice({ text: 'Settings are not available here: use "angio settings".', tone: 'error' });
    if (action === 'table.language') {
      const next = NEXT_LANG[lang];
      setLang(next);
      props.saveLanguage?.(next);
      return setNotice({ text: `Labels: ${LANG_NAME[next]}.`, tone: 'info' });
    }
    const why = whyDisabled(action, row);
    if (why) return setNotice({ text: why, tone: 'error' });
    if (!row) return;
    if (action === 'table.open') return openForm(row.id);
    if (action === 'table.delete') return actions.delete(row.id);
    if (action === 'table.send') return actions.send(row.id, problemsOf(row.id));
  };

  const onViewAction = (action: string, id: number) => {
    setNotice(undefined);
    if (action.startsWith('denied:')) return setNotice({ text: action.slice(7), tone: 'error' });
    const denied = whyNot(action === 'view.retry' ? 'send' : 'correct');
    if (denied) return setNotice({ text: denied, tone: 'error' });
    try {
      if (action === 'view.correct') {
        props.store.startCorrection(id, { user: props.user });
        setStack((st) => st.slice(0, -1));
        return openForm(id);
      }
      if (action === 'view.discard') return actions.discardCorrection(id);
      if (action === 'view.retry') {
        const failed = props.outbox.ofRegistration(id).filter((i) => i.status === 'failed');
        for (const i of failed) props.outbox.requeue(i.id);
        refresh();
        deliverNow();
        return setNotice({
          text: failed.length ? `${failed.length} failed delivery item(s) queued again.` : 'Nothing failed to deliver.',
          tone: 'info',
        });
      }
    } catch (e) {
      fail(e);
    }
  };

  const onHelp = () => setHelp(true);
  let screen: ReactElement;
  const active = !confirm && !help;
  switch (top.kind) {
    case 'table':
      screen = <RegistrationsTable controller={table} delivery={progress} isActive={active} notice={notice} onAction={onTableAction} />;
      break;
    case 'new':
      screen = <NewRegistration isActive={active} onCreate={create} onBack={pop} onHelp={onHelp} />;
      break;
    case 'followups':
      screen = (
        <ParentPicker
          title="Follow-ups due (one year after the last PCI); Enter starts the follow-up"
          isActive={active}
          onChoose={(id) => create('FU', formOf('FU').version, id)}
          onBack={pop}
          onHelp={onHelp}
        />
      );
      break;
    case 'form': {
      const c = top.controller;
      screen = (
        <RecordForm
          controller={c}
          isActive={active}
          onHelp={onHelp}
          onReview={() => push({ kind: 'review', controller: c })}
          onLeave={() => {
            const unsaved = c.unsavedOnLeave();
            if (unsaved === 0) return pop();
            ask(
              `Leave and lose ${unsaved} value(s) that could not be saved?`,
              pop,
              'Everything else is saved. Answer n to go back and fix them.',
            );
          }}
        />
      );
      break;
    }
    case 'review': {
      const c = top.controller;
      const id = c.observable.get().registration.id;
      screen = (
        <Review
          controller={c}
          isActive={active}
          notice={notice}
          onHelp={onHelp}
          onBack={pop}
          onConsent={(field) => actions.recordConsent(id, field, () => c.reload())}
          onJump={(fieldId) => {
            c.goTo(fieldId);
            pop();
          }}
          onSend={(problems) => actions.send(id, problems)}
        />
      );
      break;
    }
    case 'view':
      screen = (
        <RecordView id={top.id} isActive={active} notice={notice} onBack={pop} onHelp={onHelp} onAction={(a) => onViewAction(a, top.id)} />
      );
      break;
    case 'import':
      screen = <ImportScreen isActive={active} run={props.runImport!} onBack={pop} onOpen={(id) => openForm(id)} />;
      break;
    case 'lists':
      screen = <ReferenceListsScreen lists={referenceLists} isActive={active} onBack={pop} onHelp={onHelp} />;
      break;
    case 'settings':
      screen = (
        <SettingsScreen
          port={props.settings!}
          isActive={active}
          onBack={() => {
            setLang(props.settings!.load().language as Lang);
            pop();
          }}
        />
      );
      break;
    case 'sent':
      screen = <SentNotice id={top.id} code={top.code} onClose={() => setStack([{ kind: 'table' }, { kind: 'view', id: top.id }])} />;
      break;
    default: {
      const never: never = top;
      throw new Error(`unknown screen ${JSON.stringify(never)}`);
    }
  }
  return (
    <ServicesContext.Provider value={services}>
      {help ? <HelpOverlay scope={SCOPE[top.kind]} onClose={() => setHelp(false)} /> : confirm ? <Confirm {...confirm} /> : screen}
    </ServicesContext.Provider>
  );
}
