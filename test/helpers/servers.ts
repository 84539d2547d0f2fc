/** HTTP servers a test starts on loopback, closed after each test (their open connections too). */
import type { Server } from 'node:http';
import { afterEach } from 'vitest';

/** The list a test file pushes its servers to; they are all closed after each of its tests. */
export function closedAfterEach(): Server[] {
  const servers: Server[] = [];
  afterEach(async () => {
    while (servers.length) {
      const s = servers.pop()!;
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
  });
  return servers;
}
