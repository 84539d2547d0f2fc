// React's act() environment: every key press in screen tests is flushed deterministically (STACK.md).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Settings (conf) of tests live in a temporary folder, never in the developer's own config.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
process.env.ANGIO_CONFIG_DIR ??= mkdtempSync(join(tmpdir(), 'angio-config-'));
