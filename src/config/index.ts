export * from './settings-schema.js';
export { readSettings, readSettingValues, settingsDir, ownSettingsDir, usePersonalSettingsDir } from './read-settings.js';
export { authorDefaultsOf } from './author.js';
