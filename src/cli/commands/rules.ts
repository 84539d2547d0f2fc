/** `angio rules [--type T] [--json]`: every rule a form is checked with, its severity, source and reason. */
import type { Command } from 'commander';
import { say } from '../../messages.js';
import { formOf, rulesOf, TYPE_CODES, type Lang, type TypeCode } from '../../registry/index.js';
import { columns, severity, table, typeCode } from '../format.js';

const FIELDS_SHOWN = 4;

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
              r.rule,
              r.fields.length > FIELDS_SHOWN ? `${r.fields.slice(0, FIELDS_SHOWN).join(', ')} … (${r.fields.length})` : r.fields.join(', '),
              r.reason,
            ]),
          ]),
        );
      }
    });
}
