/**
 * The app root: the services, the screen stack (a reducer: screen-stack.ts), the confirmation and
 * help overlays, the status notice and background delivery. Only the top screen listens to keys
 * and is drawn; what each action does is in app-actions.ts.
 */
import { Box, useApp } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useState, type ReactElement } from 'react';
import { formOf, type Lang } from '../registry/index.js';
import type { Core, Operations } from '../operations/index.js';
import type { Deliverer } from '../transmit/index.js';
import type { Scope } from '../keymap.js';
import { say } from '../messages.js';
import { appActions } from './app-actions.js';
import { Confirm, type ConfirmProps } from './confirm.js';
import { DashboardScreen } from './dashboard/dashboard-screen.js';
import { createIndicatorController } from './dashboard/indicator-controller.js';
import { IndicatorScreen } from './dashboard/indicator-screen.js';
import { RecordForm } from './form/record-form.js';
import { HelpOverlay } from './help-overlay.js';
import { ImportScreen, type ImportRunner } from './import-screen.js';
import { SettingsScreen, type SettingsPort } from './settings-screen.js';
import { ReferenceListsScreen } from './reference-lists-screen.js';
import { NewRegistration, ParentPicker } from './new-registration.js';
import { RecordView } from './record-view.js';
import { RegistrationsTable } from './registrations-table.js';
import { Review } from './review.js';
import { initialStack, stackReducer, type Screen } from './screen-stack.js';
import { SentNotice } from './sent-notice.js';
import { ServicesContext, type Services } from './services.js';
import type { Notice } from './status-line.js';
import { createTableController } from './table-controller.js';
import { registrationActions } from './use-registration-actions.js';
import { useDelivery } from './use-delivery.js';
import { useTerminalSize, type Size } from './use-terminal-size.js';

const SCOPE: Record<Screen['kind'], Scope> = {
  table: 'table',
  new: 'list',
  followups: 'list',
  form: 'form',
  review: 'review',
  view: 'view',
  sent: 'notice',
  import: 'import',
  settings: 'settings',
  lists: 'list',
  dashboard: 'dashboard',
  indicator: 'indicator',
};

export interface AppProps {
  core: Core;
  ops: Operations;
  /** Delivers in the background when endpoints are configured. */
  deliverer?: Deliverer | undefined;
  user: string;
  lang: Lang;
  size?: Partial<Size>;
  /** Keeps the chosen language for the next start. */
  saveLanguage?: (lang: Lang) => void;
  /** Runs a CSV import (with its results file). */
  runImport?: ImportRunner;
  /** The user's RIZIV number, offered in the operator fields. */
  userRiziv?: string | undefined;
  /** Reads and saves the settings (the Settings screen). */
  settings?: SettingsPort;
}

export function App(props: AppProps) {
  const { exit } = useApp();
  const { core, ops } = props;
  const terminal = useTerminalSize(props.size);
  // One line less than the terminal: a frame as tall as the terminal makes Ink clear the whole
  // screen on every key (slow, and it flickers over SSH).
  const size = { rows: Math.max(6, terminal.rows - 1), columns: terminal.columns };
  const [lang, setLang] = useState<Lang>(props.lang);
  const services: Services = {
    core,
    ops,
    store: core.store,
    outbox: core.outbox,
    canDeliver: props.deliverer !== undefined,
    user: props.user,
    lang,
    size,
  };
  const table = useMemo(() => createTableController(core.store, Math.max(1, size.rows - 5), core.outbox), [core]); // eslint-disable-line react-hooks/exhaustive-deps
  const [stack, dispatch] = useReducer(stackReducer, initialStack);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [confirm, setConfirm] = useState<ConfirmProps | undefined>();
  const [help, setHelp] = useState(false);
  const refresh = useCallback(() => table.refresh(), [table]);
  // Changes committed by other processes (another TUI, the API, an import) show up on their own.
  useEffect(() => {
    let seen = core.store.dataVersion();
    const timer = setInterval(() => {
      const now = core.store.dataVersion();
      if (now !== seen) {
        seen = now;
        table.refresh();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [core, table]);
  const { progress, deliverNow } = useDelivery(props.deliverer, refresh);
  const top = stack.at(-1)!;

  const back = () => {
    dispatch({ type: 'back' });
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
    store: core.store,
    ops,
    user: props.user,
    lang,
    ask,
    notify: setNotice,
    onChanged: refresh,
    onSent: (id, code) => {
      dispatch({ type: 'home', over: [{ kind: 'sent', id, code }] });
      deliverNow();
    },
  });
  const showHelp = () => setHelp(true);
  const { openForm, create, onTableAction, onViewAction } = appActions({
    services,
    userRiziv: props.userRiziv,
    table,
    dispatch,
    notify: setNotice,
    actions,
    formHeight: Math.max(3, size.rows - 6),
    canImport: props.runImport !== undefined,
    canChangeSettings: props.settings !== undefined,
    setLang,
    saveLanguage: props.saveLanguage,
    deliverNow,
    exit,
    showHelp,
  });

  let screen: ReactElement;
  const active = !confirm && !help;
  switch (top.kind) {
    case 'table':
      screen = <RegistrationsTable controller={table} delivery={progress} isActive={active} notice={notice} onAction={onTableAction} />;
      break;
    case 'new':
      screen = <NewRegistration isActive={active} onCreate={create} onBack={back} onHelp={showHelp} />;
      break;
    case 'followups':
      screen = (
        <ParentPicker
          title={say(lang, 'new.followupsTitle')}
          isActive={active}
          onChoose={(id) => create('FU', formOf('FU').version, id)}
          onBack={back}
          onHelp={showHelp}
        />
      );
      break;
    case 'form': {
      const c = top.controller;
      screen = (
        <RecordForm
          controller={c}
          isActive={active}
          onHelp={showHelp}
          onReview={() => dispatch({ type: 'open', screen: { kind: 'review', controller: c } })}
          onLeave={() => {
            const unsaved = c.unsavedOnLeave();
            if (unsaved === 0) return back();
            ask(say(lang, 'app.leaveUnsaved', { n: unsaved }), back, say(lang, 'app.leaveUnsavedDetail'));
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
          onHelp={showHelp}
          onBack={back}
          onConsent={(field) => actions.recordConsent(id, field, () => c.reload())}
          onJump={(fieldId) => {
            c.goTo(fieldId);
            back();
          }}
          onSend={(problems) => actions.send(id, problems)}
        />
      );
      break;
    }
    case 'view':
      screen = (
        <RecordView
          id={top.id}
          isActive={active}
          notice={notice}
          onBack={back}
          onHelp={showHelp}
          onAction={(a) => onViewAction(a, top.id)}
          onRefused={(why) => setNotice({ text: why, tone: 'error' })}
        />
      );
      break;
    case 'import':
      screen = <ImportScreen isActive={active} run={props.runImport!} onBack={back} onOpen={(id) => openForm(id)} />;
      break;
    case 'lists':
      screen = <ReferenceListsScreen lists={core.referenceLists} isActive={active} onBack={back} onHelp={showHelp} />;
      break;
    case 'settings':
      screen = (
        <SettingsScreen
          port={props.settings!}
          isActive={active}
          onBack={(language) => {
            if (language) setLang(language as Lang);
            back();
          }}
        />
      );
      break;
    case 'dashboard': {
      const dashboard = top.controller;
      screen = (
        <DashboardScreen
          controller={dashboard}
          isActive={active}
          onBack={back}
          onHelp={showHelp}
          onOpen={() => {
            const page = dashboard.page();
            if (!page) return;
            const controller = createIndicatorController(
              { ops, user: props.user, clock: core.clock, lang },
              page,
              Math.max(1, size.rows - 7),
            );
            dispatch({ type: 'open', screen: { kind: 'indicator', controller, dashboard } });
          }}
        />
      );
      break;
    }
    case 'indicator': {
      const dashboard = top.dashboard;
      screen = (
        <IndicatorScreen
          controller={top.controller}
          isActive={active}
          notice={notice}
          onBack={back}
          onHelp={showHelp}
          onOpen={(id) => {
            // What the user changes in the registration shows in the dashboard when they come back.
            dashboard.markStale();
            openForm(id);
          }}
        />
      );
      break;
    }
    case 'sent':
      screen = (
        <SentNotice
          id={top.id}
          code={top.code}
          onClose={() => dispatch({ type: 'home', over: [{ kind: 'view', id: top.id }] })}
          onHelp={showHelp}
        />
      );
      break;
    default: {
      const never: never = top;
      throw new Error(`unknown screen ${JSON.stringify(never)}`);
    }
  }
  return (
    <ServicesContext.Provider value={services}>
      {/* As wide as the terminal said: every screen fits its lines to this width. */}
      <Box flexDirection="column" width={size.columns}>
        {help ? <HelpOverlay scope={SCOPE[top.kind]} onClose={() => setHelp(false)} /> : confirm ? <Confirm {...confirm} /> : screen}
      </Box>
    </ServicesContext.Provider>
  );
}
