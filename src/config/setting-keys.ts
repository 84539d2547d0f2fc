/** The settings by key, for `angio settings get|set` (no conf needed to list them). */
/** The settings a user may read and change by key (`angio settings get|set KEY`). */
export const SETTING_KEYS = [
  'language',
  'hospital.name',
  'hospital.inami',
  'author.group',
  'author.author',
  'author.coauthor',
  'endpoints.healthdata',
  'endpoints.cin',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const SETTING_HELP: Record<SettingKey, string> = {
  language: 'labels and messages: en, nl or fr',
  'hospital.name': 'hospital name, in billing messages',
  'hospital.inami': 'INAMI/RIZIV institution number (8 digits), in billing messages',
  'author.group': 'default author group (TX_AUTHOR_GR) when a CSV file or API payload has none',
  'author.author': 'default author (TX_AUTHOR; e-mail of an account); else the current user',
  'author.coauthor': 'default co-author (TX_COAUTHOR); else the author',
  'endpoints.healthdata': 'URL that receives the pseudonymised registrations (Healthdata)',
  'endpoints.cin': 'URL that receives the billing notifications (insurers, CIN/NIC)',
};
