/**
 * "-" as the file to read: standard input, kept in a private temporary file for the length of the
 * command (an import reads its file more than once, and from a worker thread). This is how a
 * person working through sudo hands angio a file only they can read
 * (docs/server.md#many-staff-one-server). The copy is mode 0600 in a folder of its own and is
 * removed afterwards, whatever happens.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

export const STANDARD_INPUT = '-';

export async function withInputFile<T>(file: string, work: (path: string) => Promise<T>): Promise<T> {
  if (file !== STANDARD_INPUT) return work(file);
  const dir = mkdtempSync(join(tmpdir(), 'angio-input-'));
  try {
    const path = join(dir, 'standard-input.csv');
    await pipeline(process.stdin, createWriteStream(path, { mode: 0o600, flags: 'wx' }));
    return await work(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
