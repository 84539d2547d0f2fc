/**
 * Every screen at 80×24 in English, Dutch and French: no line wider than the terminal, no more
 * lines than it has, and no text run into another or cut mid-word without an ellipsis. The same
 * walk through the app is made at once in a wider terminal (100 columns) on the same database:
 * every word of the 80-column frame must be a word of the wide frame or of the catalogue in that
 * language, or end in "…" — "Deletoutbox" or "Delet" would be neither. The table's title and
 * header are checked segment by segment as well.
 */
import { describe, expect, test } from 'vitest';
import { bindingsFor, descriptionOf } from '../../src/keymap.js';
import { MESSAGES, say } from '../../src/messages.js';
import { INDICATORS } from '../../src/quality/index.js';
import { LANGS, type Lang } from '../../src/registry/index.js';
import { tempDbPath } from '../helpers/db.js';
import { expectEach } from '../helpers/expect-each.js';
import { completeP } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';
import { qualityDataset } from '../quality/dataset.js';

const ROWS = 24;
const NARROW = 80;
/** ink-testing-library's terminal is 100 columns wide: the widest a frame can be compared at. */
const WIDE = 100;
const CTRL_R = '\u0012';
const TAB = '\t';

/**
 * A database as a busy lab has it: the quality set (Sent and Open of every kind, operators),
 * many more Open registrations, Sent ones waiting in the outbox (no endpoint), a Deleted one,
 * then an incomplete P and, newest, a complete one.
 */
function busyDatabase(): string {
  const path = tempDbPath();
  const { core } = qualityDataset({ path });
  const user = 'tester';
  for (let i = 0; i < 120; i++) core.store.create({ type: (['H', 'P', 'F', 'FP'] as const)[i % 4], data: {}, user });
  for (let i = 0; i < 100; i++) core.sender.send(core.store.create({ type: 'P', data: completeP(), user }).id, { user });
  core.store.delete(core.store.create({ type: 'H', data: {}, user }).id, { user });
  core.store.create({ type: 'P', data: { DT_HOSPZ: '2026-11-20' }, user });
  core.store.create({ type: 'P', data: completeP(), user });
  core.db.close();
  return path;
}

/**
 * The catalogues' words in a language (placeholders left out): the short forms a narrow screen
 * may choose, and the indicators' titles, which a wider dashboard gives less room than a narrow
 * one (it shows more periods).
 */
function catalogueWords(lang: Lang): Set<string> {
  return new Set(
    [...Object.values(MESSAGES).map((m) => m[lang]), ...INDICATORS.map((i) => i.title[lang])]
      .flatMap((text) => text.split(/\s+/))
      .filter((w) => w && !w.includes('{')),
  );
}

const words = (frame: string) => frame.split(/\s+/).filter(Boolean);

/** Words made of symbols only (✓ … ✗ › │ ·) cannot be a word cut in two. */
const symbols = (w: string) => /^[^\p{L}\p{N}]+$/u.test(w);

/** The words of the narrow frame that are neither known nor visibly cut. */
function broken(narrow: string, known: Set<string>): string[] {
  return words(narrow).filter((w) => {
    if (known.has(w) || symbols(w)) return false;
    const cut = w.indexOf('…');
    // Cut with an ellipsis: it ends there, and what is left starts a known word.
    if (cut >= 0 && cut === w.length - 1) return ![...known].some((k) => k.startsWith(w.slice(0, -1)));
    return true;
  });
}

/** The walk of each language, made once for the tests that read it. */
const walks = new Map<Lang, ReturnType<typeof walkThrough>>();
const walk = (lang: Lang) => walks.get(lang) ?? walks.set(lang, walkThrough(lang)).get(lang)!;

/** The same keys pressed in an 80-column and a wider terminal on one database; each screen's two frames kept. */
async function walkThrough(lang: Lang) {
  const path = busyDatabase();
  const narrow = await renderApp({ path, rows: ROWS, columns: NARROW, lang });
  const wide = await renderApp({ path, rows: ROWS, columns: WIDE, lang });
  const start = {
    counts: narrow.store.counts().byStatus,
    waiting: narrow.outbox.attention().pending,
    newest: narrow.store.list({ status: 'all', limit: 1 })[0]!.id,
  };
  const screens: { name: string; narrow: string; wide: string }[] = [];
  const visit = async (name: string, ...keys: string[]) => {
    await narrow.press(...keys);
    await wide.press(...keys);
    screens.push({ name, narrow: narrow.frame(), wide: wide.frame() });
  };
  const back = async (...keys: string[]) => {
    await narrow.press(...keys);
    await wide.press(...keys);
  };

  await visit('table');
  await visit('help', '?');
  await visit('help: the other keys', KEY.pageDown);
  await back(KEY.esc);
  await visit('new registration: type', 'n');
  await visit('new registration: version', KEY.enter);
  await back(KEY.esc, KEY.esc);
  await visit('follow-ups due', 'f');
  await back(KEY.esc);
  await visit('reference lists', 'l');
  await visit('reference list entries', KEY.enter);
  await back(KEY.esc, KEY.esc);
  await visit('settings', 'o');
  await back(KEY.esc);
  await visit('import', 'i');
  await visit('import: no file', KEY.enter);
  await back(KEY.esc);
  await visit('dashboard: indicators', 'r');
  await visit('indicator', KEY.enter);
  await back(KEY.esc);
  await visit('dashboard: data quality', TAB);
  await visit('dashboard: operators', TAB);
  await back(KEY.esc);
  await visit('confirm delete', 'd');
  await back('n');
  await visit('form (incomplete)', 'j', KEY.enter);
  await visit('review with problems', CTRL_R);
  await back(KEY.esc, KEY.esc);
  await visit('table: Sent only', 't', 't');
  await visit('refused key (status line)', 'd');
  await visit('record view (Sent)', KEY.enter);
  await back(KEY.esc, 't', 't', 't');
  await visit('form (complete)', 'g', KEY.enter);
  await visit('review ready to send', CTRL_R);
  await visit('confirm send', 's');
  await visit('sent notice', 'y');
  await visit('record view after sending', KEY.enter);
  return { screens, start };
}

describe.each(LANGS)('every screen at 80×24 in %s', (lang) => {
  test('fits: no line too wide or too many, no text run into another, nothing cut without an ellipsis', async () => {
    const { screens, start } = await walk(lang);
    const dictionary = catalogueWords(lang);
    expectEach(
      screens,
      (s) => {
        const lines = s.narrow.split('\n');
        const known = new Set([...dictionary, ...words(s.wide)]);
        const fits = lines.length <= ROWS - 1 && lines.every((l) => [...l].length <= NARROW);
        const bad = broken(s.narrow, known);
        if (!fits || bad.length) console.error(`${lang} ${s.name}: ${bad.join(' | ')}\n${s.narrow}`);
        return fits && bad.length === 0;
      },
      'screen',
    );
    // The walk reached every screen it meant to (a missed key would leave it on another).
    const at = (name: string) => screens.find((s) => s.name === name)!.narrow;
    expect(at('help')).toContain(say(lang, 'keysHelp.title'));
    // Every key of the table is in the help, the last ones below the first page.
    expectEach(
      bindingsFor('table'),
      (b) => at('help').includes(descriptionOf(b, lang)) || at('help: the other keys').includes(descriptionOf(b, lang)),
      'key of the table',
    );
    expect(at('review ready to send')).toContain(say(lang, 'review.ready', { id: start.newest, key: 's' }));
    expect(at('sent notice')).toContain(say(lang, 'sent.title', { id: start.newest }));
    expect(at('record view (Sent)')).toContain(say(lang, 'view.delivery', { state: say(lang, 'delivery.pending') }));
    expect(at('import: no file')).toContain(say(lang, 'import.noFile'));
  });

  test("the table's title keeps its counts and the outbox apart, and its header names every column whole", async () => {
    const { screens, start } = await walk(lang);
    const table = screens.find((s) => s.name === 'table')!.narrow.split('\n');
    const { open, sent, deleted } = start.counts;
    const counts = say(lang, 'table.counts', { open, sent, deleted });
    expect(table[0]).toContain(`angio · ANGIO   ${counts}   `);
    const outbox = table[0]!.slice(table[0]!.indexOf(counts) + counts.length).trim();
    const n = start.waiting;
    expect(n).toBeGreaterThan(200);
    expect([say(lang, 'outbox.waiting', { n }), say(lang, 'outbox.waitingShort', { n })]).toContain(outbox);
    const names = ['code', 'type', 'patient', 'date', 'status', 'done', 'updated'].map((c) =>
      say(lang, `table.col.${c}` as 'table.col.code'),
    );
    expect(words(table[2]!)).toEqual(names.flatMap(words));
    // Each row: its type whole in the type column, its status word whole.
    const rows = table.slice(3, -2).filter((l) => l.trim());
    expectEach(rows, (l) => /^[› ](AG-\S+|#\d+) +(H|P|F|FP|FU) +/.test(l), 'row');
    expectEach(rows, (l) => ['open', 'sent'].some((s) => l.includes(` ${say(lang, `status.${s}` as 'status.open')}`)), 'row');
  });
});
