/**
 * `angio report`: the cath lab's quality indicators, data quality and per-operator figures
 * (docs/quality.md) as text, JSON, CSV, or one self-contained HTML file for the quality meeting.
 * It only reads: support staff may run it.
 */
import type { Command } from 'commander';
import type * as QualityModule from '../../quality/index.js';
import type { Bucketing, Period } from '../../quality/index.js';
import { say, type MessageId } from '../../messages.js';
import { dateTimeText, type Lang } from '../../registry/index.js';
import { languageOf } from '../../session/index.js';
import { UsageError, withSession, type GlobalOptions } from '../context.js';
import { outputFile } from '../output-file.js';

interface ReportOptions {
  from?: string;
  to?: string;
  by: string;
  asOf?: string;
  json?: boolean;
  csv?: boolean;
  html?: string;
  force?: boolean;
}

// Loaded when the command runs: every start of angio (the TUI's too) would pay for it otherwise.
type Quality = typeof QualityModule;

interface Checked {
  by: Bucketing | 'operator';
  /** The period asked for, given the day the report is made as of. */
  period: (asOf: string) => Period;
}

/** The options checked before the database is opened: each refusal names its option and why. */
function check(q: Quality, o: ReportOptions, lang: Lang): Checked {
  const refuse = (id: MessageId, params: Record<string, string> = {}): never => {
    throw new UsageError(say(lang, id, params));
  };
  if (!['quarter', 'month', 'operator'].includes(o.by)) refuse('report.by', { value: o.by });
  if ([o.json, o.csv, o.html !== undefined].filter(Boolean).length > 1) refuse('report.one');
  if (o.force && o.html === undefined) refuse('report.force');
  if (o.asOf !== undefined && !q.isIsoDate(o.asOf)) refuse('report.asOf', { value: o.asOf });
  const month = (text: string, option: string) => q.monthOf(text) ?? refuse('report.month', { option, value: text });
  const from = o.from === undefined ? undefined : month(o.from, '--from');
  const to = o.to === undefined ? undefined : month(o.to, '--to');
  if (from && to && from > to) refuse('report.order', { from, to });
  return {
    by: o.by as Bucketing | 'operator',
    // Without --from, the four quarters up to --to (or up to the month of the report's day).
    period: (asOf) => {
      if (!from && !to) return q.lastQuarters(asOf);
      const end = to ?? asOf.slice(0, 7);
      const start = from ?? q.quarterStart(end, 3);
      if (start > end) refuse('report.order', { from: start, to: end });
      return { from: start, to: end };
    },
  };
}

/** The command, its help in `lang` (the run's language). */
export function registerReport(program: Command, lang: Lang = 'en') {
  program
    .command('report')
    .description(say(lang, 'help.report'))
    .option('--from <date>', say(lang, 'help.report.--from'))
    .option('--to <date>', say(lang, 'help.report.--to'))
    .option('--by <bucket>', say(lang, 'help.report.--by'), 'quarter')
    .option('--as-of <date>', say(lang, 'help.report.--as-of'))
    .option('--json', say(lang, 'help.report.--json'))
    .option('--csv', say(lang, 'help.report.--csv'))
    .option('--html <file>', say(lang, 'help.report.--html'))
    .option('--force', say(lang, 'help.report.--force'))
    .action(async (o: ReportOptions, cmd: Command) => {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      const q = await import('../../quality/index.js');
      const checked = check(q, o, languageOf(globals));
      const { checkOutputTarget, openOutputFile } = await import('../../exchange/output-file.js');
      // A file that may not be written is refused before the report is computed.
      if (o.html !== undefined) await outputFile(() => checkOutputTarget(o.html!, !!o.force), undefined, languageOf(globals));
      await withSession(globals, {}, async (s) => {
        const asOf = o.asOf ?? s.core.clock.today();
        const period = checked.period(asOf);
        const report = s.ops.qualityReport(s.user, { period, by: checked.by, asOf });
        if (o.html !== undefined) {
          const file = o.html;
          const html = q.reportHtml(report, {
            lang: s.lang,
            generatedAt: dateTimeText(s.core.clock.now().toISOString()),
            hospital: s.core.hospital.name || undefined,
          });
          await outputFile(
            async () => {
              const out = openOutputFile(file, { replace: !!o.force });
              out.stream.end(html);
              await out.commit();
            },
            undefined,
            s.lang,
          );
          console.log(say(s.lang, 'report.written', { from: period.from, to: period.to, file }));
        } else if (o.json) console.log(JSON.stringify(q.reportJson(report, s.lang), null, 1));
        else if (o.csv) process.stdout.write(q.reportCsv(report, s.lang));
        else console.log(q.reportText(report, s.lang));
      });
    });
}
