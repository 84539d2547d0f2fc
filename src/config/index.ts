export * from './settings-schema.js';
export { readSettings, readSettingValues, settingsDir } from './read-settings.js';
export { authorDefaultsOf } from './author.js';
