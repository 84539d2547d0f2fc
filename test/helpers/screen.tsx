/**
 * Screen tests drive the real App through ink-testing-library, every key inside act() and
 * followed by one setImmediate (docs/decisions.md#screen-tests-inside-act: deterministic, no
 * fixed sleeps). Text is typed one character per write, as a person types.
 */
import { stripVTControlCharacters } from 'node:util';
import { act } from 'react';
import { cleanup, render } from 'ink-testing-library';
import { afterEach } from 'vitest';
import { App } from '../../src/screens/app.js';
import { createDeliverer, type Endpoints } from '../../src/transmit/index.js';
import type { AuthorDefaults, Lang } from '../../src/registry/index.js';
import { importRunner } from '../../src/screens/import-runner.js';
import { settingsPort } from '../../src/screens/settings-port.js';
import { ErrorBoundary } from '../../src/screens/error-boundary.js';
import type { Role } from '../../src/store/index.js';
import { freshCore } from './db.js';

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  enter: '\r',
  esc: '\u001B',
  tab: '\t',
  pageDown: '\u001B[6~',
  pageUp: '\u001B[5~',
  backspace: '\u007F',
  ctrlS: '\u0013',
  ctrlR: '\u0012',
  ctrlX: '\u0018',
  space: ' ',
} as const;

afterEach(async () => {
  await act(async () => {
    cleanup();
  });
});

const strip = stripVTControlCharacters;

export async function renderApp(
  options: {
    rows?: number;
    columns?: number;
    path?: string;
    endpoints?: Endpoints;
    userRiziv?: string;
    authorDefaults?: AuthorDefaults;
    /** The user's role (with the real users table, whose admin "boss" sets the scene); every action is allowed without it. */
    role?: Role;
    /** The language the app starts in (English unless given). */
    lang?: Lang;
    /** Imports resubmit the rows that match a Sent registration, as `angio import --resubmit` does (the TUI does not ask). */
    resubmit?: boolean;
  } = {},
) {
  const { core, ops, clock } = freshCore({
    ...(options.path ? { path: options.path } : {}),
    ...(options.authorDefaults ? { authorDefaults: options.authorDefaults } : {}),
    ...(options.role ? { roles: { nurse: options.role } } : {}),
  });
  const { db, store, outbox, sender } = core;
  const deliverer = options.endpoints ? createDeliverer(outbox, { endpoints: options.endpoints }) : undefined;
  const importing = options.resubmit
    ? {
        ...ops,
        importFile: (user: string, input: Parameters<typeof ops.importFile>[1]) => ops.importFile(user, { ...input, resubmit: true }),
      }
    : ops;
  const runImport = importRunner(importing, 'nurse', 'en');
  /** Errors the app's error boundary caught (as production renders it, inside one). */
  const crashes: Error[] = [];
  let r!: ReturnType<typeof render>;
  await act(async () => {
    r = render(
      <ErrorBoundary
        record={(e) => {
          crashes.push(e);
          return undefined;
        }}
      >
        <App
          core={core}
          ops={ops}
          deliverer={deliverer}
          user="nurse"
          lang={options.lang ?? 'en'}
          runImport={runImport}
          userRiziv={options.userRiziv}
          settings={settingsPort({ core, ops, user: 'nurse' })}
          size={{ rows: options.rows ?? 24, columns: options.columns ?? 100 }}
        />
      </ErrorBoundary>,
    );
  });
  /** Where the frames drawn since the last key begin: waitFor looks from there. */
  let sinceKey = 0;
  const press = async (...keys: string[]) => {
    sinceKey = r.frames.length;
    for (const k of keys) {
      await act(async () => {
        r.stdin.write(k);
      });
      await act(async () => {
        await new Promise((resolve) => setImmediate(resolve));
      });
    }
  };
  return {
    crashes,
    db,
    core,
    ops,
    clock,
    store,
    sender,
    outbox,
    frame: () => strip(r.lastFrame() ?? ''),
    press,
    /**
     * Waits (in act, polling) until a frame shows the text, and returns that frame: for background
     * work such as delivery. Every frame drawn since the last key counts (and the one on screen),
     * not only the last one, so a screen the app draws just before it exits (and Ink clears) is
     * still seen, even when it came and went while the key was being handled.
     */
    waitFor: async (text: string | RegExp, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      let from = Math.max(0, Math.min(sinceKey, r.frames.length - 1));
      const seen = () => {
        const frames = r.frames.slice(from).map(strip);
        from = Math.max(from, r.frames.length - 1);
        return frames.find((f) => (typeof text === 'string' ? f.includes(text) : text.test(f)));
      };
      for (let found = seen(); ; found = seen()) {
        if (found !== undefined) return found;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; frame:\n${strip(r.lastFrame() ?? '')}`);
        await act(async () => {
          await new Promise((resolve) => setTimeout(resolve, 20));
        });
      }
    },
    /** Types text one character per write. */
    type: async (text: string) => {
      for (const ch of text) await press(ch);
    },
  };
}
