/**
 * Per first operator: stays and procedures, each per-operator rate with its funnel mark (▲ ▼
 * outside the 99.8 % limits, △ ▽ outside 95 %), and for the selected operator every rate beside
 * the lab's with its 95 % and 99.8 % limits. A flagged operator is marked "!" and named so.
 */
import { Text } from 'ink';
import { say, type MessageId } from '../../messages.js';
import { indicatorById, mark, operatorLabel, type OperatorResult } from '../../quality/index.js';
import { numberText, type Lang } from '../../registry/index.js';
import { colour } from '../theme.js';
import { counted, fit, share } from './cells.js';
import type { SectionProps } from './section.js';
import { operatorRows } from './dashboard-controller.js';

const NUMBER = 5;
const RATE = 9;

/** The short column title of a per-operator rate (the indicator's title when there is none). */
function shortTitle(id: string, lang: Lang): string {
  const key = `operators.short.${id}`;
  return key in SHORT ? say(lang, key as MessageId) : indicatorById(id)!.title[lang];
}
const SHORT: Record<string, true> = Object.fromEntries(
  ['radial', 'success', 'mortality', 'complication.access', 'complication.bleeding'].map((id) => [`operators.short.${id}`, true]),
);

/** A limit as a bare percentage in `lang` (the line says "%" once per pair). */
const percent = (v: number, lang: Lang) => numberText(v * 100, lang, 1);

function rateLines(o: OperatorResult, lang: Lang): string[] {
  return o.rates.map((r) => {
    const ind = indicatorById(r.id)!;
    const params = {
      title: shortTitle(r.id, lang),
      value: share(r.figure.value, lang),
      counted: counted(ind, r.figure, lang),
      lab: share(r.lab, lang),
    };
    if (!r.limits) return `  ${say(lang, 'operators.noLimits', params)}`;
    return `  ${say(lang, 'operators.rate', {
      ...params,
      low95: percent(r.limits.lower95, lang),
      high95: percent(r.limits.upper95, lang),
      low998: percent(r.limits.lower998, lang),
      high998: percent(r.limits.upper998, lang),
    })}${mark(r.position)}`;
  });
}

export function OperatorsView({ report, cursor, top, height, width, lang }: SectionProps) {
  const ops = report.operators;
  if (!ops.length) return <Text>{say(lang, 'operators.none')}</Text>;
  const rates = ops[0]!.rates;
  const rows = operatorRows(height, rates.length);
  const name = Math.min(40, Math.max(12, width - 2 - 2 * (NUMBER + 1) - rates.length * (RATE + 1) - 1));
  const header =
    '  ' +
    fit(say(lang, 'operators.operator'), name) +
    ' ' +
    fit(say(lang, 'operators.stays'), NUMBER, 'right') +
    ' ' +
    fit(say(lang, 'operators.procedures'), NUMBER, 'right') +
    rates.map((r) => ' ' + fit(shortTitle(r.id, lang), RATE, 'right')).join('');
  const selected = ops[cursor];
  return (
    <>
      <Text underline wrap="truncate">
        {header}
      </Text>
      {ops.slice(top, top + rows).map((o, i) => {
        const at = top + i === cursor;
        const cells =
          fit(o.name ?? o.operator, name) +
          ' ' +
          fit(String(o.stays), NUMBER, 'right') +
          ' ' +
          fit(String(o.procedures), NUMBER, 'right') +
          o.rates.map((r) => ' ' + fit(`${share(r.figure.value, lang)}${mark(r.position).trim()}`, RATE, 'right')).join('');
        return (
          <Text key={o.operator} inverse={at} bold={at} color={o.flagged ? colour('error') : undefined} wrap="truncate">
            {`${at ? '›' : ' '}${o.flagged ? '!' : ' '}${cells}`}
          </Text>
        );
      })}
      {selected ? (
        <>
          <Text bold wrap="truncate">
            {`${operatorLabel(selected)}${selected.flagged ? ` · ! ${say(lang, 'operators.flagged')}` : ''}`}
          </Text>
          {rateLines(selected, lang).map((l, i) => (
            <Text key={i} wrap="truncate">
              {l}
            </Text>
          ))}
        </>
      ) : null}
    </>
  );
}
