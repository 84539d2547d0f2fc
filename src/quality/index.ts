/**
 * The cath lab's quality indicators, data quality and per-operator figures, computed from the
 * facts kept beside each registration (docs/quality.md). Pure core: no React, no Ink.
 */
export { INDICATORS, indicatorById, type Indicator, type Section } from './indicators.js';
export {
  computeReport,
  evaluate,
  type Figure,
  type IndicatorResult,
  type OperatorResult,
  type Report,
  type ReportQuery,
} from './compute.js';
export { registrationsBehind, type BehindRow } from './behind.js';
export { OPEN_AGES, type DataQuality } from './data-quality.js';
export { funnelLimits, funnelPosition, binomialCdf, binomialLimit, type FunnelLimits } from './funnel.js';
export { bucketsOf, isIsoDate, lastQuarters, monthEnd, monthOf, quarterStart, type Bucketing, type Period } from './periods.js';
export {
  ageText,
  detailText,
  mark,
  operatorLabel,
  reportCsv,
  reportJson,
  reportText,
  SECTION_TITLE,
  sectionTitle,
  valueText,
} from './format.js';
export { word, WORD_KEYS, type WordKey } from './words.js';
export { reportHtml } from './html.js';
