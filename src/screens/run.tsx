/** Renders the app with the settings that keep Ink fast and safe (see STACK.md). */
import { render } from 'ink';
import type { Session } from '../cli/context.js';
import { openSettings } from '../config/settings.js';
import { createDeliverer } from '../transmit/index.js';
import { App } from './app.js';

export async function runApp(session: Session): Promise<void> {
  const saveLanguage = (lang: typeof session.lang) => { try { openSettings().set('language', lang); } catch { /* read-only config: keep it for this run */ } };
  const canDeliver = Boolean(session.endpoints.healthdata || session.endpoints.cin);
  const deliverer = canDeliver ? createDeliverer(session.outbox, { endpoints: session.endpoints }) : undefined;
  const instance = render(
    <App store={session.store} sender={session.sender} corrector={session.corrector} outbox={session.outbox} deliverer={deliverer}
      user={session.user} lang={session.lang} saveLanguage={saveLanguage} />,
    { exitOnCtrlC: false, maxFps: 60 },
  );
  await instance.waitUntilExit();
}
