/** What every command shares: the exit codes, and the session (src/session), which the TUI and the API use too. */
export {
  UsageError,
  withSession,
  openSession,
  checkFileToRead,
  checkFileToWrite,
  type GlobalOptions,
  type Session,
} from '../session/index.js';

export const EXIT = { ok: 0, problems: 1, usage: 2, refused: 3 } as const;
