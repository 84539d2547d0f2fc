import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readListFile } from '../../src/exchange/reflist-file.js';
import { createReferenceLists } from '../../src/store/index.js';
import { parseRiziv } from '../../src/validation/index.js';
import { PHYSICIAN_A } from '../helpers/fixtures.js';
import { freshStore, tempDir } from '../helpers/db.js';

const file = (text: string) => {
  const f = join(tempDir(), 'list.csv');
  writeFileSync(f, text);
  return f;
};

describe('RIZIV/INAMI numbers', () => {
  test.each([
    [PHYSICIAN_A, true],
    ['1-00123-78-580', true],
    ['10012377580', false],
    ['1001237858', false],
    ['abcdefghijk', false],
  ])('%s valid=%s', (n, valid) => expect(parseRiziv(n) !== undefined).toBe(valid));
});

describe('reference list files', () => {
  test('a good HPIN file loads; a bad line loads nothing and names the line', () => {
    const entries = readListFile('hpin', file(`riziv;last_name;first_name;specialty\n${PHYSICIAN_A};Peeters;An;cardiology\n`));
    expect(entries).toEqual([{ code: PHYSICIAN_A, name: 'Peeters An', detail: 'cardiology', validFrom: null, validTo: null }]);
    expect(() =>
      readListFile('hpin', file(`riziv;last_name;first_name;specialty\n${PHYSICIAN_A};Peeters;An;c\n12345678901;X;Y;z\n`)),
    ).toThrow(/line 3: riziv "12345678901" is not a RIZIV\/INAMI number/);
  });

  test.each([
    ['a wrong header', 'code;name\nX;Y\n', /The header must be "code;name;manufacturer;valid_from;valid_to"/],
    [
      'a bad date',
      'code;name;manufacturer;valid_from;valid_to\nD1;Stent;Acme;31/02/2024;\n',
      /line 2: valid_from "31\/02\/2024" is not a date/,
    ],
    [
      'an end before the start',
      'code;name;manufacturer;valid_from;valid_to\nD1;Stent;Acme;01/02/2024;01/01/2024\n',
      /line 2: valid_to is before valid_from/,
    ],
    ['a code twice', 'code;name;manufacturer;valid_from;valid_to\nD1;A;B;;\nD1;C;D;;\n', /line 3: D1 appears twice/],
  ])('a device list with %s is refused', (_, text, message) => {
    expect(() => readListFile('des', file(text))).toThrow(message);
  });

  test('replace or merge; the source and load date are kept; postal codes are there from the start', () => {
    const { db } = freshStore();
    const lists = createReferenceLists(db);
    expect(lists.info('PLACE_OF_RESIDENCE')).toMatchObject({ entries: 1145 });
    expect(lists.lookup.search('PLACE_OF_RESIDENCE', 'gent', 1)[0]).toMatchObject({ code: '9000', name: 'Gent' });
    const one = [{ code: 'D1', name: 'One', detail: 'Acme', validFrom: null, validTo: null }];
    const two = [{ code: 'D2', name: 'Two', detail: 'Acme', validFrom: null, validTo: null }];
    lists.load(one, 'QERMID_IMPLT_32402', { replace: true, source: 'a.csv', user: 'admin' });
    lists.load(two, 'QERMID_IMPLT_32402', { replace: false, source: 'b.csv', user: 'admin' });
    expect(lists.entries('QERMID_IMPLT_32402').map((e) => e.code)).toEqual(['D1', 'D2']);
    lists.load(two, 'QERMID_IMPLT_32402', { replace: true, source: 'c.csv', user: 'admin' });
    expect(lists.entries('QERMID_IMPLT_32402').map((e) => e.code)).toEqual(['D2']);
    expect(lists.info('QERMID_IMPLT_32402')).toMatchObject({ source: 'c.csv', loadedBy: 'admin', entries: 1 });
    expect(lists.lookup.search('QERMID_IMPLT_32402', 'acm', 5).map((e) => e.code)).toEqual(['D2']);
  });
});
