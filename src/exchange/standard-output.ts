/**
 * Standard output as the target of a file angio writes ("-" for a file name): what a person gets
 * when angio runs for them through sudo, where a file it made would belong to the service account
 * (docs/server.md#many-staff-one-server), and what a script pipes on. The stream is ended on
 * commit; process.stdout itself is never closed.
 */
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { openOutputFile } from './output-file.js';

export interface Output {
  path: string;
  stream: Writable;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export const STANDARD_OUTPUT = '-';

export function openStandardOutput(to: Writable = process.stdout): Output {
  const stream = new PassThrough();
  stream.pipe(to, { end: false });
  const finished = async () => {
    if (!stream.writableEnded) stream.end();
    if (!stream.readableEnded) await once(stream, 'end');
  };
  return { path: STANDARD_OUTPUT, stream, commit: finished, discard: finished };
}

/** A file, or standard output for "-". */
export function openOutput(path: string, o: { replace?: boolean } = {}): Output {
  return path === STANDARD_OUTPUT ? openStandardOutput() : openOutputFile(path, o);
}
