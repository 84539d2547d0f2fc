/**
 * Every file angio writes for a person (exports, results files) goes through here, because those
 * files carry NISS numbers in clear: the file is written beside its target under a temporary name,
 * created for this run only (O_EXCL, mode 0600, so neither an existing file's mode nor a symbolic
 * link planted at the name is ever reused), and put in place only when complete. An existing file
 * is replaced only when asked; a link is never written through (docs/decisions.md#output-files).
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, linkSync, lstatSync, openSync, renameSync, unlinkSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type OutputProblemKind = 'exists' | 'link' | 'not-a-file' | 'no-folder' | 'not-writable';

/**
 * Why a file cannot be written, as one English sentence; `kind`, `path`, `folder` and `readOnly`
 * let a door say it in the user's language and add its own hint (e.g. --force).
 */
export class OutputFileProblem extends Error {
  /** The folder the file goes in. */
  readonly folder: string;
  constructor(
    readonly kind: OutputProblemKind,
    readonly path: string,
    message: string,
    /** 'not-writable' because the file system is read-only (else: permission denied). */
    readonly readOnly = false,
  ) {
    super(message);
    this.folder = dirname(path);
  }
}

export interface OutputFile {
  path: string;
  /** The stream to write to (the temporary file). */
  stream: WriteStream;
  /**
   * The temporary file itself, for a writer that needs a name rather than a stream (SQLite's
   * backup): it ends the stream first, since closing another descriptor of a file SQLite has
   * open would drop SQLite's locks on it.
   */
  temporaryPath: string;
  /** Waits for the data to be written, then puts the file in place. */
  commit(): Promise<void>;
  /** Removes the temporary file: nothing is left behind. */
  discard(): Promise<void>;
}

function lstatOf(path: string) {
  try {
    return lstatSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    // A folder this account may not even look into: as good as one it may not write in.
    if (code === 'EACCES')
      throw new OutputFileProblem('not-writable', path, `cannot write in the folder ${dirname(path)} (permission denied).`);
    throw e;
  }
}

/** Refuses, before any work, a target that must not be written: a link, a folder, or an existing file unless `replace`. */
export function checkOutputTarget(path: string, replace: boolean): void {
  const st = lstatOf(path);
  if (!st) return;
  if (st.isSymbolicLink())
    throw new OutputFileProblem('link', path, `${path} is a symbolic link: angio does not write through links; choose another name.`);
  if (!st.isFile()) throw new OutputFileProblem('not-a-file', path, `${path} exists and is not a regular file.`);
  if (!replace) throw new OutputFileProblem('exists', path, `${path} already exists.`);
}

function openTemporary(path: string): { tmp: string; fd: number } {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    return { tmp, fd: openSync(tmp, 'wx', 0o600) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new OutputFileProblem('no-folder', path, `the folder ${dir} does not exist.`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new OutputFileProblem(
        'not-writable',
        path,
        `cannot write in the folder ${dir} (${code === 'EROFS' ? 'read-only file system' : 'permission denied'}).`,
        code === 'EROFS',
      );
    throw e;
  }
}

/**
 * Opens `path` for writing: checks the target and creates the temporary file at once, so a file
 * that cannot be written is known before anything else is done.
 */
export function openOutputFile(path: string, o: { replace?: boolean } = {}): OutputFile {
  const replace = o.replace ?? false;
  checkOutputTarget(path, replace);
  const { tmp, fd } = openTemporary(path);
  const stream = createWriteStream(tmp, { fd, autoClose: true });
  let settled = false;
  const closed = () =>
    new Promise<void>((resolve, reject) => {
      if (stream.closed) return resolve();
      stream.once('error', reject);
      stream.once('close', () => resolve());
      if (!stream.writableEnded) stream.end();
    });
  const removeTemporary = () => {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone: nothing to clean.
    }
  };
  return {
    path,
    stream,
    temporaryPath: tmp,
    async commit() {
      if (settled) return;
      settled = true;
      try {
        await closed();
        // Checked again: a link or file may have been put there while we wrote.
        checkOutputTarget(path, replace);
        if (replace) renameSync(tmp, path);
        else {
          // link() fails if the name exists, where rename() would silently replace it.
          try {
            linkSync(tmp, path);
            unlinkSync(tmp);
          } catch (e) {
            const code = (e as NodeJS.ErrnoException).code;
            if (code === 'EEXIST') throw new OutputFileProblem('exists', path, `${path} already exists.`);
            // A file system without hard links: the name was checked free just above.
            if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw e;
            renameSync(tmp, path);
          }
        }
      } catch (e) {
        removeTemporary();
        throw e;
      }
    },
    async discard() {
      if (settled) return;
      settled = true;
      await closed().catch(() => undefined);
      removeTemporary();
    },
  };
}
