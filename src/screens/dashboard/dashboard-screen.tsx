/**
 * The quality dashboard: the period and its sections (indicators, data quality, operators), the
 * keys that move through them, and Enter on an indicator for its definition and registrations.
 * It reads the report through its controller (the qualityReport operation) and draws it; the
 * lists take whatever height and width the terminal gives.
 */
import { Box, Text } from 'ink';
import { useEffect } from 'react';
import { actionFor, footerHints } from '../../keymap.js';
import { say } from '../../messages.js';
import { useObservable } from '../observable.js';
import { useServices } from '../services.js';
import { StatusLine } from '../status-line.js';
import { useKeys } from '../use-keys.js';
import { dmy } from '../format.js';
import type { DashboardController, Section } from './dashboard-controller.js';
import { IndicatorsView } from './indicators-view.js';
import { OperatorsView } from './operators-view.js';
import { periodLabel, periodOf } from './period.js';
import { QualityView } from './quality-view.js';

/** Title, sections, column header, legend, status line and footer. */
export const DASHBOARD_CHROME = 6;

const TAB: Record<Section, 'dashboard.tab.indicators' | 'dashboard.tab.quality' | 'dashboard.tab.operators'> = {
  indicators: 'dashboard.tab.indicators',
  quality: 'dashboard.tab.quality',
  operators: 'dashboard.tab.operators',
};

export interface DashboardProps {
  controller: DashboardController;
  isActive: boolean;
  onOpen: () => void;
  onBack: () => void;
  onHelp: () => void;
}

export function DashboardScreen({ controller, isActive, onOpen, onBack, onHelp }: DashboardProps) {
  const { size, lang, core } = useServices();
  const state = useObservable(controller.observable);
  const height = Math.max(1, size.rows - DASHBOARD_CHROME);
  useEffect(() => {
    controller.setHeight(height);
  }, [controller, height]);
  // Coming back from an indicator: read the report again if the data may have changed meanwhile.
  useEffect(() => {
    controller.refreshIfStale();
  }, [controller]);

  useKeys(
    (input, key) => {
      switch (actionFor('dashboard', input, key)) {
        case 'dashboard.down':
          return controller.down();
        case 'dashboard.up':
          return controller.up();
        case 'dashboard.pageDown':
          return controller.pageDown();
        case 'dashboard.pageUp':
          return controller.pageUp();
        case 'dashboard.section':
          return controller.nextSection(1);
        case 'dashboard.sectionBack':
          return controller.nextSection(-1);
        case 'dashboard.earlier':
          return controller.shift(-1);
        case 'dashboard.later':
          return controller.shift(1);
        case 'dashboard.span':
          return controller.cycleSpan();
        case 'dashboard.open':
          return controller.observable.get().section === 'indicators' && controller.selected() ? onOpen() : undefined;
        case 'dashboard.back':
          return onBack();
        case 'app.help':
          return onHelp();
        default:
          return;
      }
    },
    { isActive },
  );

  const r = state.report;
  const { period } = periodOf(state.span, state.end);
  const title = [
    say(lang, 'dashboard.title'),
    periodLabel(state.span, r?.buckets ?? [], period),
    say(lang, `dashboard.span.${state.span}`),
    say(lang, 'dashboard.asOf', { date: dmy(core.clock.today()) }),
  ].join(' · ');
  const tabs = (Object.keys(TAB) as Section[])
    .map((s) => (s === state.section ? `[${say(lang, TAB[s])}]` : ` ${say(lang, TAB[s])} `))
    .join(' ');
  const legend =
    state.section === 'indicators'
      ? say(lang, 'dashboard.legend', { bucket: say(lang, r?.by === 'month' ? 'dashboard.bucket.month' : 'dashboard.bucket.quarter') })
      : state.section === 'operators'
        ? say(lang, 'operators.legend')
        : '';
  return (
    <Box flexDirection="column" height={size.rows} width={size.columns}>
      <Text bold wrap="truncate">
        {title}
      </Text>
      <Text wrap="truncate">{tabs}</Text>
      <Box flexDirection="column" height={state.section === 'quality' ? height + 2 : height + 1} flexShrink={0}>
        {!r ? (
          <Text>{state.error ?? ''}</Text>
        ) : state.section === 'indicators' ? (
          <IndicatorsView report={r} cursor={state.cursor} top={state.top} height={height} width={size.columns} lang={lang} />
        ) : state.section === 'quality' ? (
          <QualityView report={r} height={height} width={size.columns} lang={lang} />
        ) : (
          <OperatorsView report={r} cursor={state.opCursor} top={state.opTop} height={height} width={size.columns} lang={lang} />
        )}
      </Box>
      {state.section === 'quality' ? null : (
        <Text dimColor wrap="truncate">
          {legend}
        </Text>
      )}
      <StatusLine
        notice={
          state.error && r
            ? { text: state.error, tone: 'error' }
            : state.notice
              ? { text: say(lang, state.notice), tone: 'info' }
              : undefined
        }
      />
      <Text dimColor wrap="truncate">
        {footerHints('dashboard', lang)}
      </Text>
    </Box>
  );
}
