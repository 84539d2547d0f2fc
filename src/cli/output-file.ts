/** A file a command writes that cannot be written, as a usage error with the option that helps. */
import { OutputFileProblem } from '../exchange/output-file.js';
import { UsageError } from '../session/index.js';

/** Runs `write`, turning a refused output file into one sentence (exit code 2), nothing written. */
export async function outputFile<T>(write: () => Promise<T> | T, what = 'Nothing was written.'): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof OutputFileProblem)
      throw new UsageError(`${e.message}${e.kind === 'exists' ? ' Add --force to replace it.' : ''} ${what}`);
    throw e;
  }
}
