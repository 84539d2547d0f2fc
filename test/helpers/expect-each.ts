/** Assertions over lists that cannot pass vacuously: an empty list fails, and the failing items are shown. */
import { expect } from 'vitest';

export function expectEach<T>(items: readonly T[], check: (item: T) => boolean, what = 'item'): void {
  expect(items.length, `no ${what} to check: an empty list would pass vacuously`).toBeGreaterThan(0);
  expect(
    items.filter((x) => !check(x)),
    `every ${what} should pass`,
  ).toEqual([]);
}
