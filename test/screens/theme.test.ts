import { afterEach, expect, test } from 'vitest';
import { colour } from '../../src/screens/theme.js';

const saved = process.env.NO_COLOR;
afterEach(() => {
  if (saved === undefined) delete process.env.NO_COLOR;
  else process.env.NO_COLOR = saved;
});

test('NO_COLOR turns every colour off (bold, inverse and markers stay)', () => {
  delete process.env.NO_COLOR;
  expect(colour('error')).toBe('red');
  process.env.NO_COLOR = '1';
  expect(colour('error')).toBeUndefined();
  expect(colour('success')).toBeUndefined();
});
