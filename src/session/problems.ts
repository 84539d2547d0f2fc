/**
 * Problems the core reports as data, said in the user's language for the doors, as refusal.ts does
 * for a refused role (docs/architecture.md#operations): the core keeps its English sentence (logs,
 * --json), the door says the reason and the path from the message catalogue.
 */
import { dirname } from 'node:path';
import { settingDefinition, type SettingKey } from '../config/index.js';
import type { FileProblem } from '../exchange/csv-header.js';
import type { InputFileProblem } from '../exchange/input-file.js';
import type { CsvSyntaxError } from '../exchange/csv-rows.js';
import type { RowProblem } from '../exchange/import-row.js';
import type { OutputFileProblem } from '../exchange/output-file.js';
import type { ListFileError } from '../exchange/reflist-file.js';
import { say } from '../messages.js';
import type { Lang } from '../registry/index.js';
import type { DatabaseError } from '../store/index.js';
import { knownWords, wordsSaid } from './words.js';

/** The sentence of a database problem: missing, locked, damaged, not writable, or newer. */
export function databaseProblemSentence(lang: Lang, e: DatabaseError): string {
  const { path, why, found, latest } = e.details;
  if (e.reason === 'missing' && path) return say(lang, 'db.missing', { path });
  if (why === 'no-folder' && path) return say(lang, 'db.noFolder', { path, folder: dirname(path) });
  const subject = path ?? say(lang, 'db.unnamed');
  switch (e.reason) {
    case 'newer':
      return found !== undefined && latest !== undefined ? say(lang, 'db.newer', { db: subject, found, latest }) : e.message;
    case 'corrupt':
      return say(lang, 'db.corrupt', { db: subject });
    case 'locked':
      return say(lang, 'db.locked', { db: named(lang, path) });
    case 'unwritable':
      return say(lang, why === 'disk-full' ? 'db.diskFull' : 'db.permissions', { db: named(lang, path) });
    default:
      return e.message;
  }
}

const named = (lang: Lang, path: string | undefined) => (path ? say(lang, 'db.named', { path }) : say(lang, 'db.unnamed'));

/** The sentence of a file that cannot be written: it exists, is a link or not a file, or its folder. */
export function outputFileSentence(lang: Lang, e: OutputFileProblem): string {
  const params = { path: e.path, folder: e.folder };
  switch (e.kind) {
    case 'exists':
      return say(lang, 'output.exists', params);
    case 'link':
      return say(lang, 'output.link', params);
    case 'not-a-file':
      return say(lang, 'output.notAFile', params);
    case 'no-folder':
      return say(lang, 'output.noFolder', params);
    case 'not-writable':
      return say(lang, e.readOnly ? 'output.readOnly' : 'output.permissionDenied', params);
  }
}

/** The sentence of a file that cannot be read: missing, a folder, or not readable. */
export function inputFileSentence(lang: Lang, e: InputFileProblem): string {
  const params = { file: e.path };
  switch (e.kind) {
    case 'missing':
      return say(lang, 'input.missing', params);
    case 'folder':
      return say(lang, 'input.folder', params);
    case 'unreadable':
      return say(lang, 'input.unreadable', params);
  }
}

/** The sentence of a CSV header that cannot be read (a problem without data keeps its English sentence). */
export function fileProblemSentence(lang: Lang, e: FileProblem): string {
  const h = e.header;
  switch (h?.kind) {
    case 'empty':
      return say(lang, 'csv.empty');
    case 'commas':
      return say(lang, 'csv.commas');
    case 'twice':
      return say(lang, 'csv.twice', h);
    case 'other-type':
      return say(lang, 'csv.otherType', { ...h, matching: h.matching.join(say(lang, 'csv.or')), use: h.matching[0] ?? '' });
    case 'elsewhere':
      return say(lang, 'csv.elsewhere', { ...h, types: h.types.join('/') });
    case 'unknown':
      return say(lang, 'csv.unknown', { ...h, guess: h.guess ? say(lang, 'csv.didYouMean', { guess: h.guess }) : '' });
    default:
      return e.message;
  }
}

/** The sentences of a reference list file that cannot be loaded: its header, each bad line, or no entries. */
export const listFileSentence = (lang: Lang, e: ListFileError): string => e.sentences.map((w) => wordsSaid(lang, w)).join('\n');

/**
 * A problem of an imported row, in the import's language: a row refused while it was written says
 * its words (its message is the English of --json and the API); the others were found in that
 * language already.
 */
/** The field a row problem names: a field id, STATUS, or the whole row said in the language. */
export const rowFieldText = (lang: Lang, field: string): string => (field === '(row)' ? say(lang, 'row.field') : field);

export const rowProblemSentence = (lang: Lang, p: RowProblem): string =>
  p.says && knownWords(p.says) ? wordsSaid(lang, p.says) : p.message;

/** A problem's MESSAGE cell of the import's results file, in the import's language: a warning marked as one. */
export function resultsMessage(lang: Lang, p: RowProblem): string {
  const message = rowProblemSentence(lang, p);
  return p.severity === 'warning' ? say(lang, 'results.warning', { message }) : message;
}

const LOCALE: Record<Lang, string> = { en: 'en', nl: 'nl-BE', fr: 'fr-BE' };

/** The sentence of a row that is not CSV: its line and why (only an unforeseen parser refusal quotes its English words). */
export function csvSyntaxSentence(lang: Lang, e: CsvSyntaxError): string {
  const reason =
    e.kind === 'too-long'
      ? say(lang, 'csv.tooLong', { limit: e.limit.toLocaleString(LOCALE[lang]) })
      : e.kind === 'quote-inside'
        ? say(lang, 'csv.quoteInside')
        : e.kind === 'after-quote'
          ? say(lang, 'csv.afterQuote')
          : e.kind === 'unclosed-quote'
            ? say(lang, 'csv.unclosedQuote')
            : say(lang, 'csv.notCsv', { detail: e.detail });
  return say(lang, 'csv.line', { line: e.line, reason });
}

/** What a setting means, in the user's language (the schema's English `help` is its definition). */
export const settingMeaning = (lang: Lang, key: SettingKey): string => say(lang, `setting.help.${key}`);

/** Why a value of a setting is refused, by its rule: "hospital.inami: 8 digits". */
export function settingRefusal(lang: Lang, key: SettingKey | 'riziv'): string {
  if (key === 'riziv') return say(lang, 'setting.rule.riziv');
  const rule = settingDefinition(key).rule;
  const why =
    rule.kind === 'choice'
      ? say(lang, 'setting.rule.choice', { values: rule.values.join(', ') })
      : rule.kind === 'text'
        ? say(lang, 'setting.rule.text', { max: rule.max })
        : rule.kind === 'digits'
          ? say(lang, 'setting.rule.digits', { count: rule.count })
          : say(lang, 'setting.rule.url');
  return say(lang, 'setting.refused', { key, why });
}
