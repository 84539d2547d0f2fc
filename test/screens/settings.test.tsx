import { describe, expect, test } from 'vitest';
import { readSettingValues } from '../../src/config/index.js';
import { currentSettings } from '../../src/operations/index.js';
import { KEY, renderApp } from '../helpers/screen.js';

/** The settings file of these tests is a fresh temporary folder (test/helpers/setup.ts). */
describe('the Settings screen', () => {
  test('edit values in place; a wrong one is refused with its rule and nothing is saved; fixed, all are saved', async () => {
    const app = await renderApp({ rows: 24 });
    await app.press('o');
    expect(app.frame()).toMatch(/› Language +‹ English ›/);
    await app.press('\u001B[C');
    expect(app.frame()).toMatch(/Language +‹ Nederlands ›/);
    for (let i = 0; i < 4; i++) await app.press(KEY.down);
    expect(app.frame()).toMatch(/› Hospital name +·/);
    await app.press(KEY.enter);
    await app.type('AZ Gent');
    await app.press(KEY.enter, KEY.down, KEY.enter);
    await app.type('123');
    await app.press(KEY.enter, KEY.ctrlS);
    await app.waitFor('Not saved');
    expect(app.frame()).toContain('✗ Not saved: hospital.inami: 8 digits.');
    expect(readSettingValues()).toMatchObject({ language: 'en' });
    expect(currentSettings(app.core)).toMatchObject({ 'hospital.name': '', 'hospital.inami': '' });

    await app.press(KEY.enter, KEY.backspace, KEY.backspace, KEY.backspace);
    await app.type('71000000');
    await app.press(KEY.enter, KEY.ctrlS);
    await app.waitFor('Settings saved.');
    // One's own language in one's settings file; the hospital's in the database, for everyone, logged.
    expect(readSettingValues()).toMatchObject({ language: 'nl', 'hospital.name': '', 'hospital.inami': '' });
    expect(currentSettings(app.core)).toMatchObject({ language: 'nl', 'hospital.name': 'AZ Gent', 'hospital.inami': '71000000' });
    expect(app.core.siteSettings.history().map((c) => `${c.user} ${c.key} ${c.old ?? '∅'} → ${c.new}`)).toEqual([
      'nurse hospital.inami ∅ → 71000000',
      'nurse hospital.name ∅ → AZ Gent',
    ]);
    expect(app.core.hospital).toEqual({ name: 'AZ Gent', inami: '71000000' });
    expect(app.frame().split('\n').length).toBeLessThanOrEqual(23);
  });

  test('a staff member keeps their own settings but may not change the hospital’s', async () => {
    const app = await renderApp({ rows: 24, role: 'staff' });
    await app.press('o');
    for (let i = 0; i < 4; i++) await app.press(KEY.down);
    await app.press(KEY.enter);
    await app.type('AZ Elsewhere');
    await app.press(KEY.enter, KEY.ctrlS);
    await app.waitFor('Not saved');
    expect(app.frame()).toContain('User "nurse" has the role staff, which may not change the site settings.');
    expect(readSettingValues()['hospital.name']).not.toBe('AZ Elsewhere');
  });
});
