/**
 * One indicator: its value in the period and per bucket, its definition (numerator, denominator,
 * exclusions, fields, source) and the registrations behind its numerator; Enter opens one the way
 * the table does. The definition gives way to the list when the terminal is short.
 */
import { Box, Text } from 'ink';
import { useEffect } from 'react';
import { actionFor, footerHints, statusWord } from '../../keymap.js';
import { say } from '../../messages.js';
import { indicatorById, valueText, word, type WordKey } from '../../quality/index.js';
import { numberText } from '../../registry/index.js';
import { dmy, patientLabel } from '../format.js';
import { useObservable } from '../observable.js';
import { useServices } from '../services.js';
import { StatusLine, type Notice } from '../status-line.js';
import { useKeys } from '../use-keys.js';
import { counted, fit, trend, value, wrap } from './cells.js';
import type { IndicatorController } from './indicator-controller.js';
import { BEHIND_LIMIT } from './indicator-controller.js';

/** Title, figure, buckets, list heading, column header, status line, footer. */
const CHROME = 7;
/** Rows the list keeps however long the definition. */
const MIN_ROWS = 3;
const LABEL = 13;

export interface IndicatorScreenProps {
  controller: IndicatorController;
  isActive: boolean;
  notice: Notice | undefined;
  onOpen: (id: number) => void;
  onBack: () => void;
  onHelp: () => void;
}

export function IndicatorScreen({ controller, isActive, notice, onOpen, onBack, onHelp }: IndicatorScreenProps) {
  const { size, lang } = useServices();
  const state = useObservable(controller.observable);
  const { result, label } = controller.page;
  const ind = indicatorById(result.id)!;
  const width = size.columns - 1;

  const definition: string[] = [];
  // The labels are the HTML report's, so both read the same.
  const add = (label: WordKey, text: string) =>
    wrap(text, width - LABEL).forEach((line, i) => definition.push(`${i ? '' : word(lang, label)}`.padEnd(LABEL) + line));
  add('numerator', ind.definition.numerator);
  add('denominator', ind.definition.denominator);
  add('exclusions', ind.definition.exclusions);
  add('fields', ind.fields.join(', '));
  add('source', ind.source);
  const room = Math.max(0, size.rows - CHROME - MIN_ROWS);
  const shownDefinition =
    definition.length > room ? [...definition.slice(0, Math.max(0, room - 1)), ...(room ? [`${''.padEnd(LABEL)}…`] : [])] : definition;
  const height = Math.max(1, size.rows - CHROME - shownDefinition.length);

  useEffect(() => {
    controller.load();
  }, [controller]);
  useEffect(() => {
    controller.setHeight(height);
  }, [controller, height]);

  useKeys(
    (input, key) => {
      switch (actionFor('indicator', input, key)) {
        case 'indicator.down':
          return controller.down();
        case 'indicator.up':
          return controller.up();
        case 'indicator.pageDown':
          return controller.pageDown();
        case 'indicator.pageUp':
          return controller.pageUp();
        case 'indicator.open': {
          const row = controller.selected();
          return row ? onOpen(row.id) : undefined;
        }
        case 'indicator.back':
          return onBack();
        case 'app.help':
          return onHelp();
        default:
          return;
      }
    },
    { isActive },
  );

  const f = result.overall;
  const n = (x: number | null) => (x === null ? '—' : numberText(x, lang));
  const figure = say(lang, 'indicator.figure', {
    value: value(ind, f.value, lang),
    numerator: n(f.numerator),
    denominator: n(f.denominator),
    excluded: n(f.excluded),
  });
  const buckets = `${trend(
    ind,
    result.buckets.map((b) => b.figure.value),
  )}  ${result.buckets.map((b) => `${b.key} ${valueText(ind, b.figure.value, lang)}${ind.kind === 'rate' ? ` (${counted(ind, b.figure, lang)})` : ''}`).join(' · ')}`;
  const heading = state.rows.length
    ? say(lang, state.rows.length >= BEHIND_LIMIT ? 'indicator.behindNewest' : 'indicator.behind', { n: state.rows.length })
    : say(lang, 'indicator.none');
  const inEnglish = say(lang, 'indicator.inEnglish');
  return (
    <Box flexDirection="column" height={size.rows} width={size.columns}>
      <Text bold wrap="truncate">
        {`${ind.title[lang]} · ${label}${inEnglish ? ` · ${inEnglish}` : ''}`}
      </Text>
      <Text wrap="truncate">{figure}</Text>
      <Text wrap="truncate">{buckets}</Text>
      {shownDefinition.map((line, i) => (
        <Text key={i} wrap="truncate">
          {line}
        </Text>
      ))}
      <Text bold wrap="truncate">
        {heading}
      </Text>
      <Text underline wrap="truncate">
        {` ${say(lang, 'indicator.columns')}`}
      </Text>
      <Box flexDirection="column" height={height} flexShrink={0}>
        {state.rows.slice(state.top, state.top + height).map((r, i) => {
          const at = state.top + i === state.cursor;
          const line = `${fit(`#${r.id}`, 8)} ${fit(r.type, 4)} ${fit(dmy(r.date), 10)} ${fit(statusWord(lang, r.status), 6)} ${fit(r.registrationCode ?? '—', 15)} ${fit(patientLabel(r.patientKey), 17)} ${r.operator || '—'}`;
          return (
            <Text key={r.id} inverse={at} bold={at} wrap="truncate">
              {`${at ? '›' : ' '}${line}`.slice(0, width)}
            </Text>
          );
        })}
      </Box>
      <StatusLine notice={state.error ? { text: state.error, tone: 'error' } : notice} />
      <Text dimColor wrap="truncate">
        {footerHints('indicator', lang)}
      </Text>
    </Box>
  );
}
