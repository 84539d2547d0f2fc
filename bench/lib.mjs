// Small helpers of the benchmark: medians, child processes under a pseudo-terminal, timing.
import { spawn } from 'node:child_process';

/**
 * @param {readonly number[]} xs
 * @returns {number}
 */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Milliseconds from spawning a command in a pseudo-terminal (util-linux `script`) to `text` on its screen.
 * @param {string} command
 * @param {Record<string, string>} env
 * @param {string} text
 * @param {number} [timeoutMs]
 * @returns {Promise<number>}
 */
export function timeToText(command, env, text, timeoutMs = 20_000) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { ...process.env, ...env, TERM: 'xterm-256color', COLUMNS: '100', LINES: '30' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no "${text}" within ${timeoutMs} ms: ${out.slice(-300)}`));
    }, timeoutMs);
    child.stdout.on('data', (d) => {
      out += d.toString();
      if (out.includes(text)) {
        const ms = performance.now() - t0;
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve(ms);
      }
    });
  });
}

/**
 * Runs a node script and returns its last stdout line parsed as JSON.
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @returns {Promise<unknown>}
 */
export function runJson(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d.toString();
    });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}`));
      const last = out.trim().split('\n').at(-1);
      // split gives at least one string, so this only narrows the type; an empty output fails in
      // JSON.parse.
      if (last === undefined) return reject(new Error(`${args.join(' ')} printed no line`));
      resolve(JSON.parse(last));
    });
  });
}
