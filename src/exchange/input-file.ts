/**
 * A file angio is to read for a person (an import, a reference list), refused before any work
 * when it cannot be: missing, a folder, or not readable by this account. The error carries its
 * kind and path, so that a door says it in the user's language (src/session/problems.ts); its
 * message stays English.
 */
import { accessSync, constants, statSync } from 'node:fs';

export type InputProblemKind = 'missing' | 'folder' | 'unreadable';

const ENGLISH: Record<InputProblemKind, (path: string) => string> = {
  missing: (path) => `There is no file ${path}.`,
  folder: (path) => `${path} is a folder, not a file.`,
  unreadable: (path) => `${path} cannot be read (permission denied).`,
};

/** Why a file cannot be read, as one English sentence; `kind` and `path` let a door say it in the user's language. */
export class InputFileProblem extends Error {
  constructor(
    readonly kind: InputProblemKind,
    readonly path: string,
  ) {
    super(ENGLISH[kind](path));
    this.name = 'InputFileProblem';
  }
}

/** The problem of a file that cannot be read, or undefined when it can. */
export function inputFileProblem(path: string): InputFileProblem | undefined {
  try {
    if (statSync(path).isDirectory()) return new InputFileProblem('folder', path);
    // Asked, not opened: opening a named pipe would wait for its writer, or take its data.
    accessSync(path, constants.R_OK);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return new InputFileProblem('missing', path);
    if (code === 'EACCES' || code === 'EPERM') return new InputFileProblem('unreadable', path);
    throw e;
  }
}

/** Refuses a file that cannot be read (see inputFileProblem). */
export function checkInputFile(path: string): void {
  const problem = inputFileProblem(path);
  if (problem) throw problem;
}
