/** Starts the terminal UI; Ink and React are loaded only here, so headless commands start fast. */
import { openSession, type GlobalOptions } from '../session/index.js';
import { EXIT } from './context.js';

export async function startTui(options: GlobalOptions): Promise<void> {
  // React's development build makes every key slower (docs/decisions.md#production-react-build-for-the-tui): production unless asked.
  process.env.NODE_ENV ??= 'production';
  const session = openSession(options, { create: true });
  try {
    const { runApp } = await import('../screens/run.js');
    const { ReportedCrash } = await import('../screens/error-boundary.js');
    try {
      await runApp(session);
    } catch (e) {
      // The screen said what happened in one sentence; only the exit code is left to set.
      if (!(e instanceof ReportedCrash)) throw e;
      process.exitCode = EXIT.usage;
    }
  } finally {
    session.close();
  }
}
