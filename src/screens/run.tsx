/** Renders the app with the settings that keep Ink fast and safe (see STACK.md). */
import { render } from 'ink';
import type { Session } from '../cli/context.js';
import { openSettings } from '../config/settings.js';
import { App } from './app.js';

export async function runApp(session: Session): Promise<void> {
  const saveLanguage = (lang: typeof session.lang) => { try { openSettings().set('language', lang); } catch { /* read-only config: keep it for this run */ } };
  const instance = render(<App store={session.store} sender={session.sender} user={session.user} lang={session.lang} saveLanguage={saveLanguage} />,
    { exitOnCtrlC: false, maxFps: 60 });
  await instance.waitUntilExit();
}
