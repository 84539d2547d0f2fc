/**
 * The indicators of the period, by section: the period's value, what it counted, the trend per
 * bucket and, as far as the width allows, the value of the latest buckets. One Text per line, and
 * only the lines of the window are mounted.
 */
import { Text } from 'ink';
import type { Lang } from '../../registry/index.js';
import { say } from '../../messages.js';
import { indicatorById, sectionTitle } from '../../quality/index.js';
import { counted, fit, trend, value } from './cells.js';
import type { SectionProps } from './section.js';
import { indicatorLines } from './dashboard-controller.js';

const VALUE = 8;
const COUNTED = 11;
const BUCKET = 8;
/** The narrowest title column before bucket columns are given up, and the widest worth having. */
const TITLE_MIN = 34;
const TITLE_MAX = 50;

const LINES = indicatorLines();

/** The widths of the columns at a terminal width: the title takes what the figures leave. */
export function indicatorColumns(width: number, buckets: number, lang: Lang) {
  // The trend column is as wide as its header in the language ("tendance"), so it is never cut.
  const trendWidth = Math.max(buckets, 6, [...say(lang, 'dashboard.col.trend')].length);
  const fixed = 1 + 1 + VALUE + 1 + COUNTED + 1 + trendWidth;
  const shown = Math.max(0, Math.min(buckets, Math.floor((width - 1 - fixed - TITLE_MIN) / (BUCKET + 1))));
  return { title: Math.min(TITLE_MAX, width - 1 - fixed - shown * (BUCKET + 1)), trend: trendWidth, buckets: shown };
}

export function IndicatorsView({ report, cursor, top, height, width, lang }: SectionProps) {
  const cols = indicatorColumns(width, report.buckets.length, lang);
  const shownBuckets = report.buckets.slice(report.buckets.length - cols.buckets);
  const header =
    ' ' +
    fit('', cols.title) +
    ' ' +
    fit(say(lang, 'dashboard.col.period'), VALUE, 'right') +
    ' ' +
    fit(say(lang, 'dashboard.col.counted'), COUNTED, 'right') +
    ' ' +
    fit(say(lang, 'dashboard.col.trend'), cols.trend) +
    shownBuckets.map((b) => ' ' + fit(b, BUCKET, 'right')).join('');
  return (
    <>
      <Text underline wrap="truncate">
        {header}
      </Text>
      {LINES.slice(top, top + height).map((line) => {
        if ('heading' in line)
          return (
            <Text key={`h-${line.heading}`} bold wrap="truncate">
              {sectionTitle(line.heading, lang)}
            </Text>
          );
        const res = report.indicators[line.index]!;
        const ind = indicatorById(res.id)!;
        const selected = line.index === cursor;
        const cells =
          fit(ind.title[lang], cols.title) +
          ' ' +
          fit(value(ind, res.overall.value, lang), VALUE, 'right') +
          ' ' +
          fit(counted(ind, res.overall, lang), COUNTED, 'right') +
          ' ' +
          fit(
            trend(
              ind,
              res.buckets.map((b) => b.figure.value),
            ),
            cols.trend,
          ) +
          res.buckets
            .slice(res.buckets.length - cols.buckets)
            .map((b) => ' ' + fit(value(ind, b.figure.value, lang), BUCKET, 'right'))
            .join('');
        return (
          <Text key={res.id} inverse={selected} bold={selected} wrap="truncate">
            {`${selected ? '›' : ' '}${cells}`}
          </Text>
        );
      })}
    </>
  );
}
