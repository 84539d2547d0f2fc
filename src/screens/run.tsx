/** Renders the app with the settings that keep Ink fast and safe (see STACK.md). */
import { render } from 'ink';
import { authorDefaults, type Session } from '../cli/context.js';
import type { ImportRunner } from './import-screen.js';
import { settingsPort } from './settings-port.js';
import { createDeliverer } from '../transmit/index.js';
import { App } from './app.js';

export async function runApp(session: Session): Promise<void> {
  const saveLanguage = (lang: typeof session.lang) => {
    // conf is loaded only when a setting is written; a read-only config keeps the choice for this run.
    void import('../config/settings.js').then(({ openSettings }) => openSettings().set('language', lang)).catch(() => undefined);
  };
  const canDeliver = Boolean(session.endpoints.healthdata || session.endpoints.cin);
  const deliverer = canDeliver ? createDeliverer(session.outbox, { endpoints: session.endpoints }) : undefined;
  const authors = authorDefaults(session.user);
  const settings = settingsPort(session);
  const runImport: ImportRunner = async (file, type, mode, onProgress) => {
    const { importCsv } = await import('../exchange/import.js');
    const { openResultsFile, resultsPathFor } = await import('../exchange/results-file.js');
    const results = openResultsFile(resultsPathFor(file));
    try {
      const report = await importCsv(
        {
          db: session.db,
          store: session.store,
          sender: session.sender,
          corrector: session.corrector,
          user: session.user,
          lang: session.lang,
          defaults: authorDefaults(session.user),
        },
        file,
        { type, mode, onProgress, onRow: (r) => results.write(r) },
      );
      return { ...report, resultsFile: results.written ? results.path : null };
    } finally {
      await results.close();
    }
  };
  const instance = render(
    <App
      db={session.db}
      store={session.store}
      sender={session.sender}
      corrector={session.corrector}
      outbox={session.outbox}
      deliverer={deliverer}
      user={session.user}
      lang={session.lang}
      saveLanguage={saveLanguage}
      runImport={runImport}
      authorDefaults={{ TX_AUTHOR_GR: authors.authorGroup, TX_AUTHOR: authors.author, TX_COAUTHOR: authors.coauthor }}
      userRiziv={session.access.get(session.user)?.riziv ?? undefined}
      settings={settings}
    />,
    { exitOnCtrlC: false, maxFps: 60 },
  );
  await instance.waitUntilExit();
}
