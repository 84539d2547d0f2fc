/**
 * Demo data: realistic registrations of all five types, the same for the same seed. Writing them
 * is creating and sending registrations, so it needs both rights, whichever way it is written
 * (small sets through the store one by one, large ones in bulk).
 */
import { fillDemo, type DemoResult } from '../demo/demo.js';
import { fillDemoFast } from '../demo/bulk-demo.js';
import { createRandom } from '../demo/random.js';
import { createSender, newRegistrationCode } from '../transmit/index.js';
import type { Core } from './core.js';
import { assertMay } from './permissions.js';

/** Above this many registrations, demo data is written in bulk from templates. */
const BULK_FROM = 2000;

export function createDemo(core: Core, user: string, input: { records: number; seed: number }): DemoResult {
  assertMay(core, user, 'createRegistration');
  assertMay(core, user, 'sendRegistration');
  // Demo codes come from the seed too, so the same seed gives the very same database.
  const codes = createRandom(input.seed ^ 0x5eed);
  const newCode = () => newRegistrationCode(() => Buffer.from(Array.from({ length: 5 }, () => codes.int(0, 255))));
  const o = { records: input.records, seed: input.seed, user };
  return input.records > BULK_FROM
    ? fillDemoFast(core.db, core.pseudonymiser, newCode, { ...o, clock: core.clock })
    : fillDemo(core.store, createSender(core.db, core.store, core.pseudonymiser, { newCode, hospital: core.hospital }), o);
}
