import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openResultsFile } from '../../src/exchange/results-file.js';
import { tempDir } from '../helpers/db.js';

describe('the results file of an import', () => {
  test('holds a line per row, and an import waits for it between transactions instead of piling lines up in memory', async () => {
    const results = openResultsFile(join(tempDir(), 'upload.results.csv'));
    expect(results.written).toBe(false);
    for (let batch = 0; batch < 10; batch++) {
      for (let i = 0; i < 2000; i++)
        results.write({
          line: batch * 2000 + i + 2,
          outcome: 'sent',
          id: batch * 2000 + i + 1,
          registrationCode: 'AG-0000-0001-1',
          problems: [],
        });
      await results.caughtUp();
    }
    await results.close();
    const lines = readFileSync(results.path, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('LINE;OUTCOME;REGISTRATION_ID;REGISTRATION_CODE;FIELD;VALUE;MESSAGE');
    expect(lines).toHaveLength(20_001);
    expect(lines.at(-1)).toBe('20001;sent;20000;AG-0000-0001-1;;;');
  });
});
