/** The author defaults of a user: the saved settings, else the user's own name. */
import type { AuthorDefaults } from '../registry/index.js';
import type { SettingsData } from './settings-schema.js';

export function authorDefaultsOf(settings: SettingsData, user: string): AuthorDefaults {
  const a = settings.author;
  return { authorGroup: a.group || 'default', author: a.author || user, coauthor: a.coauthor || a.author || user };
}
