/** Starts the terminal UI; Ink and React are loaded only here, so headless commands start fast. */
import { openSession, type GlobalOptions } from './context.js';

export async function startTui(options: GlobalOptions): Promise<void> {
  // React's development build makes every key slower (STACK.md): production unless asked.
  process.env.NODE_ENV ??= 'production';
  const session = openSession(options);
  try {
    const { runApp } = await import('../screens/run.js');
    await runApp(session);
  } finally {
    session.close();
  }
}
