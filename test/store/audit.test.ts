import { describe, expect, test } from 'vitest';
import { changesOf, diff } from '../../src/store/index.js';
import { completeP } from '../helpers/fixtures.js';

describe('audit entries as stored', () => {
  test("a creation stored as the answers' JSON (an imported row) reads as every answer set from nothing", () => {
    const data = { ...completeP(), CD_COMPLIC_PLC_INS_1: ['3', '4'], TX_PAT_LAST_NAM: 'O\'Brien "Jr"', MS_PAT_WGHT: 72.5, TX_NOTE: null };
    expect(changesOf(JSON.stringify(data))).toEqual(diff({}, data));
    expect(changesOf(JSON.stringify(data))).toContainEqual({ field: 'CD_COMPLIC_PLC_INS_1', old: null, new: ['3', '4'] });
    expect(changesOf(JSON.stringify(data)).map((c) => c.field)).not.toContain('TX_NOTE');
  });

  test('a list of changes reads as it is', () => {
    const changes = [
      { field: 'status', old: 'open', new: 'sent' },
      { field: 'MS_PAT_WGHT', old: 70, new: null },
    ];
    expect(changesOf(JSON.stringify(changes))).toEqual(changes);
  });
});
