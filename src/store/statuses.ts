/** The statuses of a registration, and the filters a list of them can be read with: defined once. */

/** Open (being encoded, editable), Sent (has its registration code; corrected by resubmission), Deleted (kept for audit). */
export const STATUSES = ['open', 'sent', 'deleted'] as const;
export type Status = (typeof STATUSES)[number];

/** 'active' is Open and Sent together (the default view); 'all' includes Deleted. */
export const STATUS_FILTERS = ['active', ...STATUSES, 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export function isStatusFilter(value: string): value is StatusFilter {
  return (STATUS_FILTERS as readonly string[]).includes(value);
}

/** A count for each status, all zero. */
export const zeroCounts = (): Record<Status, number> => ({ open: 0, sent: 0, deleted: 0 });
