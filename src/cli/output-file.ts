/** A file a command writes that cannot be written, as a usage error with the option that helps. */
import { OutputFileProblem } from '../exchange/output-file.js';
import type { Lang } from '../registry/index.js';
import { say } from '../messages.js';
import { outputFileSentence, UsageError } from '../session/index.js';

/**
 * Runs `write`, turning a refused output file into one sentence (exit code 2), nothing written;
 * `what` says what was not done, in `lang` (by default: nothing was written).
 */
export async function outputFile<T>(write: () => Promise<T> | T, what?: string, lang: Lang = 'en'): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof OutputFileProblem)
      throw new UsageError(
        [
          outputFileSentence(lang, e),
          ...(e.kind === 'exists' ? [say(lang, 'cli.addForce')] : []),
          what ?? say(lang, 'cli.nothingWritten'),
        ].join(' '),
      );
    throw e;
  }
}
