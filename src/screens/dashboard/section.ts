/** What a scrolling section of the dashboard (indicators, operators) is drawn from. */
import type { Report } from '../../quality/index.js';
import type { Lang } from '../../registry/index.js';

export interface SectionProps {
  report: Report;
  /** The selected row, and the first row shown. */
  cursor: number;
  top: number;
  height: number;
  width: number;
  lang: Lang;
}
