/**
 * Data quality, for data managers and support: Open registrations by days since discharge (with
 * bars), how soon registrations are sent, follow-ups overdue, deliveries failed or pending for
 * long, and the warnings most often sent despite. Lines past the height are left out: the
 * section has the header's and the legend's lines of the other sections too.
 */
import { Text } from 'ink';
import { say } from '../../messages.js';
import { ageText, word, type Report } from '../../quality/index.js';
import { dateTimeText, type Lang } from '../../registry/index.js';
import { bar, fit, share } from './cells.js';

type Line = { text: string; bold?: boolean };

/** The lines of the section at a width. */
export function qualityLines(report: Report, width: number, lang: Lang): Line[] {
  const q = report.dataQuality;
  const most = Math.max(...q.open.map((o) => o.n));
  // As wide as the longest age in the language ("pas de date de sortie"), never cut.
  const label = Math.max(20, ...q.open.map((o) => [...ageText(o.age, lang)].length));
  const count = 7;
  const barWidth = Math.max(4, width - 2 - label - count - 3);
  const days = (n: number | null) => (n === null ? '—' : word(lang, 'days', { n }));
  const warnings = q.warnings.length
    ? q.warnings.map((w) => ({
        text: `  ${fit(w.field, 24)} ${fit(w.code, 22)} ${fit(String(w.n), count, 'right')} ${bar(w.n, q.warnings[0]!.n, Math.max(0, width - 60))}`,
      }))
    : [{ text: `  ${word(lang, 'none')}` }];
  const oldest = q.deliveries.oldestPending ? ` (${say(lang, 'quality.oldest', { at: dateTimeText(q.deliveries.oldestPending) })})` : '';
  return [
    { text: say(lang, 'quality.open'), bold: true },
    ...q.open.map((o) => ({
      text: `  ${fit(ageText(o.age, lang), label)} ${fit(String(o.n), count, 'right')} ${bar(o.n, most, barWidth)}`,
    })),
    { text: say(lang, 'quality.timeliness'), bold: true },
    {
      text: `  ${say(lang, 'quality.timelinessValues', {
        median: days(q.timeliness.medianDays),
        share: share(q.timeliness.share30, lang),
        within: q.timeliness.within30,
        sent: q.timeliness.sent,
      })}`,
    },
    { text: say(lang, 'quality.overdue', { n: q.followUpsOverdue.n, over90: q.followUpsOverdue.over90 }), bold: true },
    {
      text: say(lang, 'quality.deliveries', { failed: q.deliveries.failed, pending: q.deliveries.pendingOver48h }) + oldest,
      bold: true,
    },
    { text: say(lang, 'quality.warnings'), bold: true },
    ...warnings,
  ];
}

export function QualityView({ report, height, width, lang }: { report: Report; height: number; width: number; lang: Lang }) {
  return (
    <>
      {qualityLines(report, width, lang)
        .slice(0, height + 2)
        .map((l, i) => (
          <Text key={i} bold={l.bold ?? false} wrap="truncate">
            {l.text}
          </Text>
        ))}
    </>
  );
}
