// React's act() environment: every key press in screen tests is flushed deterministically
// (docs/decisions.md#screen-tests-inside-act).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Settings (conf) of tests live in a temporary folder, never in the developer's own config; the
// folder is removed after the file's tests. A folder given from outside is left alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

if (!process.env.ANGIO_CONFIG_DIR || process.env.ANGIO_TEST_OWNS_CONFIG === '1') {
  const dir = mkdtempSync(join(tmpdir(), 'angio-config-'));
  process.env.ANGIO_CONFIG_DIR = dir;
  process.env.ANGIO_TEST_OWNS_CONFIG = '1';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
}
