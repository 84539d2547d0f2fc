/**
 * The real binary in a real terminal: tmux runs it, send-keys types, capture-pane reads the
 * screen. Keys are pressed by keymap action; waits poll the screen for a text, never sleep.
 */
import { execFileSync } from 'node:child_process';
import { binding, type ActionId } from '../../src/keymap.js';
import { BIN } from './cli.js';

const TMUX_KEY: Record<string, string> = {
  down: 'Down',
  up: 'Up',
  enter: 'Enter',
  escape: 'Escape',
  pageDown: 'NPage',
  pageUp: 'PPage',
  space: 'Space',
  tab: 'Tab',
  backspace: 'BSpace',
  home: 'Home',
  end: 'End',
};

/**
 * A tmux server of this test process's own (its own socket): test files run in parallel, and on a
 * shared server one file killing its last session stops the server while another creates one
 * ("server exited unexpectedly"); nor does a test touch the tmux of the person running it.
 */
const SOCKET = `angio-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });

export function hasTmux(): boolean {
  try {
    tmux('-V');
    return true;
  } catch {
    return false;
  }
}

let counter = 0;

/**
 * A new session, tried again when it met the server on its way out (the previous session was just
 * killed and the server, left empty, was exiting): "server exited unexpectedly".
 */
function newSession(...args: string[]) {
  for (let attempt = 1; ; attempt++) {
    try {
      return tmux(...args);
    } catch (e) {
      if (attempt >= 5 || !/server exited unexpectedly|lost server|no server running/.test(String((e as Error).message))) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100 * attempt);
    }
  }
}

/**
 * `showExit`: instead of becoming the pane's process, angio runs in a shell that prints
 * `[exit N]` when it ends and keeps the pane open, so a test reads the exit code on the screen.
 */
export function startInTmux(env: Record<string, string>, size = { columns: 100, rows: 30 }, options: { showExit?: boolean } = {}) {
  const name = `angio-e2e-${process.pid}-${counter++}`;
  const vars = Object.entries({ ...env, TERM: 'xterm-256color' })
    .map(([k, v]) => `${k}='${v}'`)
    .join(' ');
  // `exec` makes node the pane's process, so the test can kill it like a crash would.
  newSession(
    'new-session',
    '-d',
    '-s',
    name,
    '-x',
    String(size.columns),
    '-y',
    String(size.rows),
    options.showExit
      ? `env -u CI ${vars} '${process.execPath}' '${BIN}'; echo "[exit $?]"; sleep 600`
      : `exec env -u CI ${vars} '${process.execPath}' '${BIN}'`,
  );
  const screen = () => tmux('capture-pane', '-p', '-t', name);
  const session = {
    name,
    screen,
    pid: () => Number(tmux('display-message', '-p', '-t', name, '#{pane_pid}').trim()),
    /**
     * Waits until the screen shows the text (or matches the pattern). The timeout is generous: the
     * suite runs these beside CPU-heavy tests on a 2-core machine, where a screen can be slow to come.
     */
    async waitFor(text: string | RegExp, timeoutMs = 20_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        let s = '';
        try {
          s = screen();
        } catch {
          /* the pane may be gone for a moment */
        }
        if (typeof text === 'string' ? s.includes(text) : text.test(s)) return s;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; screen:\n${s}`);
        await new Promise((r) => setTimeout(r, 40));
      }
    },
    /** Presses the first key bound to a keymap action. */
    action(id: ActionId) {
      const k = binding(id).keys[0]!;
      tmux('send-keys', '-t', name, k.startsWith('ctrl+') ? `C-${k.slice(5)}` : (TMUX_KEY[k] ?? k));
    },
    /** Types text literally. */
    type(text: string) {
      tmux('send-keys', '-t', name, '-l', text);
    },
    kill() {
      try {
        tmux('kill-session', '-t', name);
      } catch {
        /* already gone */
      }
    },
  };
  return session;
}
