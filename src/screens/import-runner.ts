/**
 * The TUI's import, as `angio import` runs it: a file that cannot be read is refused first, then
 * the results file is opened (so one that cannot be written stops the import before a row is
 * read), rows go through the import operation, and the results file is put in place at the end.
 */
import { checkInputFile } from '../exchange/input-file.js';
import { openResultsFile, resultsPathFor } from '../exchange/results-file.js';
import type { Operations } from '../operations/index.js';
import type { Lang } from '../registry/index.js';
import { resultsMessage } from '../session/problems.js';
import type { ImportRunner } from './import-screen.js';

/** `lang`: the problems' language when the screen does not say (it says the one it shows). */
export function importRunner(ops: Operations, user: string, lang: Lang): ImportRunner {
  return async (file, type, mode, onProgress, o) => {
    checkInputFile(file);
    const language = o.lang ?? lang;
    const results = openResultsFile(resultsPathFor(file), { replace: o.replaceResults, message: (p) => resultsMessage(language, p) });
    try {
      const report = await ops.importFile(user, {
        file,
        lang: language,
        type,
        mode,
        onProgress,
        onRow: (r) => results.write(r),
        afterWrite: () => results.caughtUp(),
      });
      return { ...report, resultsFile: results.written ? results.path : null };
    } finally {
      await results.close();
    }
  };
}
