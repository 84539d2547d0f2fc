/** `angio types`: every registration type and version with its fields; `--json` is the catalogue verbatim. */
import type { Command } from 'commander';
import { say } from '../../messages.js';
import { catalogueJson, formOf, registrationTypes, TYPE_CODES, versionsOf, type Lang, type TypeCode } from '../../registry/index.js';
import { columns, table, typeCode } from '../format.js';

/** The CSV header of a type: every value field's id, in form order (no titles, info texts or local fields). */
export function csvHeader(type: TypeCode): string[] {
  return formOf(type)
    .valueFields.filter((f) => !f.local)
    .map((f) => f.id);
}

export function registerTypes(program: Command, lang: Lang) {
  program
    .command('types')
    .description(say(lang, 'help.types'))
    .option('--json', say(lang, 'help.types.--json'))
    .option('--csv-header <type>', say(lang, 'help.types.--csv-header'))
    .action((o: { json?: boolean; csvHeader?: string }) => {
      if (o.csvHeader) {
        console.log(csvHeader(typeCode(o.csvHeader, lang)).join(';'));
        return;
      }
      if (o.json) {
        console.log(JSON.stringify(catalogueJson(), null, 1));
        return;
      }
      const rows = [columns(lang, 'cli.types.columns')];
      for (const code of TYPE_CODES) {
        for (const v of versionsOf(code)) {
          const form = formOf(code, v.version);
          const ids = form.fields.filter((f) => !f.local);
          rows.push([
            code,
            registrationTypes[code].name[lang],
            v.version + (v.current ? ` ${say(lang, 'cli.types.current')}` : ''),
            v.date,
            String(ids.length),
            String(ids.filter((f) => f.required).length),
            String(form.steps.length),
          ]);
        }
      }
      console.log(table(rows));
    });
}
