/**
 * The app root: the services, the screen stack (Enter pushes, Esc pops), the confirmation and
 * help overlays and the status notice. Only the top screen listens to keys and is drawn.
 */
import { useApp } from 'ink';
import { useMemo, useState, type ReactElement } from 'react';
import { formOf, type Lang, type TypeCode } from '../registry/index.js';
import { StoreError, type ListRow, type RegistrationStore } from '../store/index.js';
import type { Sender } from '../transmit/index.js';
import * as validation from '../validation/index.js';
import type { Problem } from '../validation/index.js';
import type { Scope } from '../keymap.js';
import { Confirm, type ConfirmProps } from './confirm.js';
import { createFormController, type FormController } from './form/form-controller.js';
import { RecordForm } from './form/record-form.js';
import { HelpOverlay } from './help-overlay.js';
import { NewRegistration, ParentPicker } from './new-registration.js';
import { RecordView } from './record-view.js';
import { RegistrationsTable, whyDisabled } from './registrations-table.js';
import { Review } from './review.js';
import { SentNotice } from './sent-notice.js';
import { ServicesContext, type Services } from './services.js';
import type { Notice } from './status-line.js';
import { createTableController, type TableController } from './table-controller.js';
import { useTerminalSize, type Size } from './use-terminal-size.js';

type Screen =
  | { kind: 'table' }
  | { kind: 'new' }
  | { kind: 'followups' }
  | { kind: 'form'; controller: FormController }
  | { kind: 'review'; controller: FormController }
  | { kind: 'view'; id: number }
  | { kind: 'sent'; id: number; code: string };

const SCOPE: Record<Screen['kind'], Scope> = { table: 'table', new: 'list', followups: 'list', form: 'form', review: 'review', view: 'view', sent: 'confirm' };

export interface AppProps {
  store: RegistrationStore; sender: Sender; user: string; lang: Lang; size?: Partial<Size>; today?: string;
  /** Keeps the chosen language for the next start. */
  saveLanguage?: (lang: Lang) => void;
}

const NEXT_LANG: Record<Lang, Lang> = { en: 'nl', nl: 'fr', fr: 'en' };

export function App(props: AppProps) {
  const { exit } = useApp();
  const terminal = useTerminalSize(props.size);
  // One line less than the terminal: a frame as tall as the terminal makes Ink clear the whole
  // screen on every key (slow, and it flickers over SSH).
  const size = { rows: Math.max(6, terminal.rows - 1), columns: terminal.columns };
  const [lang, setLang] = useState<Lang>(props.lang);
  const services: Services = { store: props.store, sender: props.sender, user: props.user, lang, size, ...(props.today ? { today: props.today } : {}) };
  const table: TableController = useMemo(() => createTableController(props.store, Math.max(1, size.rows - 5)), [props.store]); // eslint-disable-line react-hooks/exhaustive-deps
  const [stack, setStack] = useState<Screen[]>([{ kind: 'table' }]);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [confirm, setConfirm] = useState<ConfirmProps | undefined>();
  const [help, setHelp] = useState(false);
  const top = stack.at(-1)!;

  const push = (s: Screen) => setStack((st) => [...st, s]);
  const pop = () => { setStack((st) => (st.length > 1 ? st.slice(0, -1) : st)); table.refresh(); };
  const replaceTop = (s: Screen) => setStack((st) => [...st.slice(0, -1), s]);
  const ask = (question: string, onYes: () => void, detail?: string) =>
    setConfirm({ question, detail, onYes: () => { setConfirm(undefined); onYes(); }, onNo: () => setConfirm(undefined) });
  const fail = (e: unknown) => setNotice({ text: e instanceof Error ? e.message : String(e), tone: 'error' });

  const openForm = (id: number) => {
    const r = props.store.mustGet(id);
    if (r.status !== 'open') return push({ kind: 'view', id });
    const controller = createFormController({ store: props.store, user: props.user, lang, ...(props.today ? { today: props.today } : {}) }, r, Math.max(3, size.rows - 6)).start();
    push({ kind: 'form', controller });
  };

  const create = (type: TypeCode, version: string, parentId?: number) => {
    try {
      let data = {};
      if (parentId !== undefined) {
        const parent = props.store.mustGet(parentId);
        data = validation.patientAnswers(formOf(parent.type, parent.formVersion), formOf(type, version), parent.data);
      }
      const r = props.store.create({ type, formVersion: version, data, user: props.user, ...(parentId !== undefined ? { parentId } : {}) });
      setStack([{ kind: 'table' }]);
      table.focusId(r.id);
      setNotice({ text: `Registration #${r.id} created${parentId !== undefined ? ` as the follow-up of #${parentId}` : ''}.`, tone: 'success' });
      openForm(r.id);
    } catch (e) { fail(e); }
  };

  /** Send after confirmation; an optional registration first asks for the patient's consent. */
  const send = (id: number, problems: Problem[], after: () => void) => {
    const consent = problems.find((p) => p.code === 'consent_required');
    const blocking = problems.filter((p) => p.code !== 'consent_required');
    if (blocking.length) return setNotice({ text: `#${id} cannot be sent yet: ${blocking.length} problem(s). Open it and review (Ctrl+R).`, tone: 'error' });
    const doSend = () => ask(`Send registration #${id}?`, () => {
      try {
        const res = props.sender.send(id, { user: props.user });
        if (!res.ok) return setNotice({ text: `#${id} cannot be sent yet: ${res.problems.length} problem(s). Open it and review (Ctrl+R).`, tone: 'error' });
        after();
        table.refresh();
        push({ kind: 'sent', id, code: res.registration.registrationCode! });
      } catch (e) { fail(e); }
    }, 'After sending it can no longer be edited; a correction is a full resubmission.');
    if (!consent) return doSend();
    ask('This registration is optional: does the patient consent to sharing the data?', () => {
      try {
        const r = props.store.mustGet(id);
        props.store.patch(id, { changes: { [consent.field]: '1' }, rowVersion: r.rowVersion, user: props.user });
        doSend();
      } catch (e) { fail(e); }
    }, 'Without consent an optional registration is not sent (answer n to keep it Open).');
  };

  const onTableAction = (action: string, row: ListRow | undefined) => {
    setNotice(undefined);
    if (action === 'table.quit') return exit();
    if (action === 'app.help') return setHelp(true);
    if (action === 'table.new') return push({ kind: 'new' });
    if (action === 'table.followups') return push({ kind: 'followups' });
    if (action === 'table.language') {
      const next = NEXT_LANG[lang];
      setLang(next);
      props.saveLanguage?.(next);
      return setNotice({ text: `Labels: ${({ en: 'English', nl: 'Nederlands', fr: 'Français' } as const)[next]}.`, tone: 'info' });
    }
    const why = whyDisabled(action, row);
    if (why) return setNotice({ text: why, tone: 'error' });
    if (!row) return;
    if (action === 'table.open') return openForm(row.id);
    if (action === 'table.delete') {
      return ask(`Delete registration #${row.id}?`, () => {
        try {
          props.store.delete(row.id, { user: props.user });
          table.refresh();
          setNotice({ text: `#${row.id} deleted (kept for audit; shown with the Deleted filter).`, tone: 'success' });
        } catch (e) { fail(e); }
      }, 'A deleted registration is kept for audit but can no longer be edited or sent.');
    }
    if (action === 'table.send') {
      const r = props.store.mustGet(row.id);
      const { readinessProblems } = validation;
      return send(row.id, readinessProblems(formOf(r.type, r.formVersion), r.data).filter((p) => p.severity === 'error'), () => undefined);
    }
  };

  const onHelp = () => setHelp(true);
  let screen: ReactElement;
  const active = !confirm && !help;
  switch (top.kind) {
    case 'table':
      screen = <RegistrationsTable controller={table} isActive={active} notice={notice} onAction={onTableAction} />;
      break;
    case 'new':
      screen = <NewRegistration isActive={active} onCreate={create} onBack={pop} onHelp={onHelp} />;
      break;
    case 'followups':
      screen = <ParentPicker title="Follow-ups due (one year after the last PCI); Enter starts the follow-up" isActive={active}
        onChoose={(id) => create('FU', formOf('FU').version, id)} onBack={pop} onHelp={onHelp} />;
      break;
    case 'form': {
      const c = top.controller;
      screen = <RecordForm controller={c} isActive={active} onHelp={onHelp} onReview={() => push({ kind: 'review', controller: c })}
        onLeave={() => {
          const unsaved = c.unsavedOnLeave();
          if (unsaved === 0) return pop();
          ask(`Leave and lose ${unsaved} value(s) that could not be saved?`, pop, 'Everything else is saved. Answer n to go back and fix them.');
        }} />;
      break;
    }
    case 'review': {
      const c = top.controller;
      screen = <Review controller={c} isActive={active} notice={notice} onHelp={onHelp} onBack={pop}
        onConsent={(fieldId) => ask('Does the patient consent to sharing the data of this optional registration?', () => {
          try {
            const r = props.store.mustGet(c.observable.get().registration.id);
            props.store.patch(r.id, { changes: { [fieldId]: '1' }, rowVersion: r.rowVersion, user: props.user });
            c.reload();
            setNotice({ text: 'Consent recorded.', tone: 'success' });
          } catch (e) { fail(e); }
        })}
        onJump={(fieldId) => { c.goTo(fieldId); pop(); }}
        onSend={(problems) => send(c.observable.get().registration.id, problems, () => {
          setStack([{ kind: 'table' }]);
        })} />;
      break;
    }
    case 'view':
      screen = <RecordView id={top.id} isActive={active} onBack={pop} onHelp={onHelp} />;
      break;
    case 'sent':
      screen = <SentNotice id={top.id} code={top.code} onClose={() => replaceTop({ kind: 'view', id: top.id })} />;
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
