/**
 * The author block's answers (TX_AUTHOR_GR, TX_AUTHOR, TX_COAUTHOR) that angio fills in when a
 * registration starts or a CSV row or API payload leaves them out: defined once here, used by the
 * form, the import and the API.
 */

/** The author answers a new registration starts with (from the settings, else the user). */
export interface AuthorDefaults {
  authorGroup: string;
  author: string;
  coauthor: string;
}

/** Which field each default answers. */
export const AUTHOR_FIELDS = { authorGroup: 'TX_AUTHOR_GR', author: 'TX_AUTHOR', coauthor: 'TX_COAUTHOR' } as const satisfies Record<
  keyof AuthorDefaults,
  string
>;

/** The defaults as answers keyed by field id (empty defaults are left out). */
export function authorAnswers(d: AuthorDefaults): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, id] of Object.entries(AUTHOR_FIELDS) as [keyof AuthorDefaults, string][]) if (d[key]) out[id] = d[key];
  return out;
}
