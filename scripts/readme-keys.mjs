// Writes the README's table of keys from the keymap (src/keymap.ts, built into dist/); a test
// fails when the README's copy is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { withKeyTable } from '../dist/keymap-table.js';

const file = new URL('../README.md', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = withKeyTable(before);
if (after !== before) writeFileSync(file, after);
console.log(after === before ? 'README keys: already up to date' : 'README keys: rewritten from the keymap');
