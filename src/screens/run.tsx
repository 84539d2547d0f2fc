/**
 * Renders the app for a session with the settings that keep Ink fast and safe
 * (docs/decisions.md#ink-render-settings), inside the error boundary.
 */
import { render } from 'ink';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Session } from '../session/index.js';
import { importRunner } from './import-runner.js';
import { settingsPort } from './settings-port.js';
import { App } from './app.js';
import { ErrorBoundary } from './error-boundary.js';

export async function runApp(session: Session): Promise<void> {
  const { core, ops, user } = session;
  const saveLanguage = (lang: typeof session.lang) => {
    // conf is loaded only when a setting is written; a read-only config keeps the choice for this run.
    void import('../config/settings.js').then(({ writeSettings }) => writeSettings({ language: lang })).catch(() => undefined);
  };
  // Background delivery runs for users who may send, when an endpoint is configured.
  const canDeliver = Boolean(session.endpoints.healthdata || session.endpoints.cin) && !ops.whyNot(user, 'deliverOutbox');
  const deliverer = canDeliver ? ops.openDelivery(user, { endpoints: session.endpoints }) : undefined;
  // Through sudo the import would read and write files as the service account: there, files go
  // through `angio import -` (docs/server.md#many-staff-one-server), and the screen has no import.
  const runImport = session.delegation ? undefined : importRunner(ops, user, session.lang);
  const instance = render(
    <ErrorBoundary lang={session.lang} record={(error) => recordCrash(core.db.name, core.clock.now(), error)}>
      <App
        core={core}
        ops={ops}
        deliverer={deliverer}
        user={user}
        lang={session.lang}
        saveLanguage={saveLanguage}
        {...(runImport ? { runImport } : {})}
        userRiziv={core.users.get(user)?.riziv ?? undefined}
        settings={settingsPort(session)}
      />
    </ErrorBoundary>,
    { exitOnCtrlC: false, maxFps: 60 },
  );
  await instance.waitUntilExit();
}

/** The details of a crash, for support, beside the database (readable by its owner only). */
function recordCrash(dbPath: string, at: Date, error: Error): string | undefined {
  if (dbPath === ':memory:') return undefined;
  const file = join(dirname(dbPath), `angio-crash-${at.toISOString().replace(/[:.]/g, '-')}.log`);
  writeFileSync(file, `${error.stack ?? error.message}\n`, { mode: 0o600, flag: 'wx' });
  return file;
}
