/** `angio rules [--type T] [--json]`: every rule a form is checked with, its severity, source and reason. */
import type { Command } from 'commander';
import { MESSAGES, say, type MessageId } from '../../messages.js';
import {
  conditionText,
  formOf,
  rulesOf,
  TYPE_CODES,
  EVERY_ANSWER,
  numberText,
  type ConditionWords,
  type Lang,
  type RuleWords,
  type TypeCode,
} from '../../registry/index.js';
import { columns, severity, table, typeCode } from '../format.js';

const FIELDS_SHOWN = 4;

const conditionWords = (lang: Lang): ConditionWords => ({
  or: say(lang, 'rules.cond.or'),
  and: say(lang, 'rules.cond.and'),
  oneOf: (field, codes) => say(lang, 'rules.cond.oneOf', { field, codes }),
  has: (field, code) => say(lang, 'rules.cond.has', { field, code }),
  empty: (field) => say(lang, 'rules.cond.empty', { field }),
  otherThan: (field, code) => say(lang, 'rules.cond.otherThan', { field, code }),
});

/** The fields of a rule, the first few of a long list, and the checks of every answer in words. */
function fieldsText(lang: Lang, fields: string[]): string {
  const named = fields.map((f) => (f === EVERY_ANSWER ? say(lang, 'rules.everyAnswer') : f));
  return named.length > FIELDS_SHOWN ? `${named.slice(0, FIELDS_SHOWN).join(', ')} … (${named.length})` : named.join(', ');
}

/**
 * A rule or a reason in the user's language, by the id the reference gives it. An id the catalogue
 * lacks is a rule added without its translation: its English stands, and a test fails on it.
 */
export function sayRule(lang: Lang, words: RuleWords, english: string): string {
  if (!(words.id in MESSAGES)) return english;
  // Numbers (a range's ends) as the language writes them: 0,1–20 in Dutch and French.
  const values: Record<string, string | number> = Object.fromEntries(
    Object.entries(words.values ?? {}).map(([k, v]) => [k, typeof v === 'number' ? numberText(v, lang) : v]),
  );
  if (words.condition) values.condition = conditionText(words.condition, conditionWords(lang));
  return say(lang, words.id as MessageId, values);
}

export function registerRules(program: Command, lang: Lang) {
  program
    .command('rules')
    .description(say(lang, 'help.rules'))
    .option('--type <type>', say(lang, 'help.rules.--type'))
    .option('--json', say(lang, 'help.--json'))
    .action((o: { type?: string; json?: boolean }) => {
      const type = o.type === undefined ? undefined : typeCode(o.type, lang);
      const types: TypeCode[] = type ? [type] : [...TYPE_CODES];
      if (o.json) {
        console.log(
          JSON.stringify(
            types.map((t) => ({ type: t, version: formOf(t).version, rules: rulesOf(formOf(t)) })),
            null,
            1,
          ),
        );
        return;
      }
      for (const t of types) {
        const rules = rulesOf(formOf(t));
        const blocking = rules.filter((r) => r.severity === 'error').length;
        console.log(
          say(lang, 'cli.rules.summary', { type: t, version: formOf(t).version, n: rules.length, blocking, warn: rules.length - blocking }),
        );
        console.log(
          table([
            columns(lang, 'cli.rules.columns'),
            ...rules.map((r) => [
              severity(lang, r.severity).trimEnd(),
              say(lang, `cli.rules.${r.source}`),
              sayRule(lang, r.says.rule, r.rule),
              fieldsText(lang, r.fields),
              sayRule(lang, r.says.reason, r.reason),
            ]),
          ]),
        );
      }
    });
}
