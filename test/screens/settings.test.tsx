import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import { act } from 'react';
import { cleanup, render } from 'ink-testing-library';
import { afterEach } from 'vitest';
import { SettingsScreen, type SettingsValues } from '../../src/screens/settings-screen.js';
import { ServicesContext } from '../../src/screens/services.js';
import { KEY } from '../helpers/screen.js';

afterEach(async () => {
  await act(async () => {
    cleanup();
  });
});

describe('the Settings screen', () => {
  test('edit a value in place, save; a wrong value is refused with the reason', async () => {
    const saved: SettingsValues[] = [];
    let answer: string | undefined = undefined;
    const initial: SettingsValues = {
      language: 'en',
      hospitalName: 'AZ Old',
      hospitalInami: '',
      authorGroup: '',
      author: '',
      coauthor: '',
      riziv: '',
      healthdataUrl: '',
      cinUrl: '',
    };
    let r!: ReturnType<typeof render>;
    await act(async () => {
      r = render(
        <ServicesContext.Provider value={{ size: { rows: 23, columns: 100 } } as never}>
          <SettingsScreen
            port={{
              load: () => initial,
              save: async (v) => {
                saved.push(v);
                return answer;
              },
            }}
            isActive
            onBack={() => undefined}
          />
        </ServicesContext.Provider>,
      );
    });
    const press = async (...keys: string[]) => {
      for (const k of keys) {
        await act(async () => {
          r.stdin.write(k);
        });
        await act(async () => {
          await new Promise((resolve) => setImmediate(resolve));
        });
      }
    };
    const frame = () => stripVTControlCharacters(r.lastFrame() ?? '');
    expect(frame()).toMatch(/› Language of labels +‹ en ›/);
    await press('\u001B[C');
    expect(frame()).toMatch(/Language of labels +‹ nl ›/);
    for (let i = 0; i < 4; i++) await press(KEY.down);
    expect(frame()).toMatch(/› Hospital name +AZ Old/);
    await press(KEY.enter);
    for (const ch of ' Gent') await press(ch);
    await press(KEY.enter, KEY.down, KEY.enter);
    for (const ch of '123') await press(ch);
    await press(KEY.enter, KEY.ctrlS);
    await act(async () => {
      await new Promise((resolve) => setImmediate(resolve));
    });
    expect(saved.at(-1)).toMatchObject({ language: 'nl', hospitalName: 'AZ Old Gent', hospitalInami: '123' });
    expect(frame()).toContain('Settings saved.');
    answer = 'Not saved: INAMI institution number: 8 digits.';
    await press(KEY.ctrlS);
    await act(async () => {
      await new Promise((resolve) => setImmediate(resolve));
    });
    expect(frame()).toContain('✗ Not saved: INAMI institution number: 8 digits.');
    expect(frame().split('\n').length).toBeLessThanOrEqual(23);
  });
});
