/** `angio rules [--type T] [--json]`: every rule a form is checked with, its severity, source and reason. */
import type { Command } from 'commander';
import { formOf, isTypeCode, rulesOf, TYPE_CODES, type TypeCode } from '../../registry/index.js';
import { UsageError } from '../context.js';
import { table } from '../format.js';

const FIELDS_SHOWN = 4;

export function registerRules(program: Command) {
  program
    .command('rules')
    .description('every rule of the forms: what it checks, its fields, severity (error blocks, warning informs), source and reason')
    .option('--type <type>', 'one registration type: H, P, F, FP or FU (default: all)')
    .option('--json', 'print JSON')
    .action((o: { type?: string; json?: boolean }) => {
      const type = o.type?.toUpperCase();
      if (type !== undefined && !isTypeCode(type)) throw new UsageError(`Unknown registration type "${o.type}": use H, P, F, FP or FU.`);
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
        console.log(`${t} v${formOf(t).version}: ${rules.length} rules, ${blocking} block (error), ${rules.length - blocking} warn`);
        console.log(
          table([
            ['severity', 'source', 'rule', 'fields', 'reason'],
            ...rules.map((r) => [
              r.severity,
              r.source,
              r.rule,
              r.fields.length > FIELDS_SHOWN ? `${r.fields.slice(0, FIELDS_SHOWN).join(', ')} … (${r.fields.length})` : r.fields.join(', '),
              r.reason,
            ]),
          ]),
        );
      }
    });
}
