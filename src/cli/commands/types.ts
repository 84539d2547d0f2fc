/** `angio types`: every registration type and version with its fields; `--json` is the catalogue verbatim. */
import type { Command } from 'commander';
import { catalogueJson, formOf, registrationTypes, TYPE_CODES, versionsOf, isTypeCode, type Lang } from '../../registry/index.js';
import { languageOf } from '../../session/index.js';
import { UsageError, type GlobalOptions } from '../context.js';
import { table } from '../format.js';

/** The CSV header of a type: every value field's id, in form order (no titles, info texts or local fields). */
export function csvHeader(type: string): string[] {
  if (!isTypeCode(type)) throw new UsageError(`Unknown registration type "${type}": use H, P, F, FP or FU.`);
  return formOf(type)
    .valueFields.filter((f) => !f.local)
    .map((f) => f.id);
}

export function registerTypes(program: Command) {
  program
    .command('types')
    .description('list the registration types, their form versions and fields')
    .option('--json', 'the whole catalogue as JSON (ids, types, required flags, code values, steps, conditions)')
    .option('--csv-header <type>', 'print the CSV header line of a type (H, P, F, FP or FU)')
    .action((o: { json?: boolean; csvHeader?: string }, cmd: Command) => {
      if (o.csvHeader) {
        console.log(csvHeader(o.csvHeader.toUpperCase()).join(';'));
        return;
      }
      if (o.json) {
        console.log(JSON.stringify(catalogueJson(), null, 1));
        return;
      }
      const lang: Lang = languageOf(cmd.optsWithGlobals<GlobalOptions>());
      const rows = [['type', 'name', 'version', 'date', 'fields', 'required', 'steps']];
      for (const code of TYPE_CODES) {
        for (const v of versionsOf(code)) {
          const form = formOf(code, v.version);
          const ids = form.fields.filter((f) => !f.local);
          rows.push([
            code,
            registrationTypes[code].name[lang],
            v.version + (v.current ? ' (current)' : ''),
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
