import { describe, expect, test } from 'vitest';
import { completeP } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';

describe('the registrations table', () => {
  test('an empty database says how to start', async () => {
    const app = await renderApp();
    expect(app.frame()).toContain('No registrations yet: press n for a new one');
    expect(app.frame()).toMatch(/Open 0 · Sent 0 · Deleted 0/);
  });

  test('moves with j/k, pages, jumps with g/G, and never draws more lines than the terminal has', async () => {
    const app = await renderApp({ rows: 12 });
    for (let i = 0; i < 40; i++) app.store.create({ type: 'H', data: {}, user: 'a' });
    await app.press(KEY.esc);
    await app.press('t', 't', 't', 't', 't'); // filters cycle back to Open + Sent, reloading the rows
    expect(app.frame()).toMatch(/›#40 /);
    await app.press('j', 'j');
    expect(app.frame()).toMatch(/›#38 /);
    await app.press('G');
    expect(app.frame()).toMatch(/›#1 /);
    await app.press('k');
    expect(app.frame()).toMatch(/›#2 /);
    await app.press('g');
    expect(app.frame()).toMatch(/›#40 /);
    await app.press(KEY.pageDown);
    // 12 rows: the frame keeps one line free (Ink redraws everything when a frame fills the
    // terminal), five lines of title, header, status and footer: six rows a page
    expect(app.frame()).toMatch(/›#34 /);
    expect(app.frame().split('\n').length).toBeLessThanOrEqual(11);
  });

  test('filters by status and type, and incrementally by what is typed after /', async () => {
    const app = await renderApp();
    const p = app.store.create({ type: 'P', data: { IDC_PAT: '85040216932' }, user: 'a' });
    app.store.create({ type: 'H', data: {}, user: 'a' });
    const gone = app.store.create({ type: 'F', data: {}, user: 'a' });
    app.store.delete(gone.id, { user: 'a' });
    await app.press('t', 't', 't', 't', 't');
    expect(app.frame()).not.toMatch(/#3 /);
    await app.press('t', 't', 't'); // Deleted
    expect(app.frame()).toMatch(/showing: Deleted/);
    expect(app.frame()).toMatch(/#3 .*Deleted/);
    await app.press('t', 't', 'y', 'y'); // Open + Sent, type P
    expect(app.frame()).toMatch(/type P/);
    expect(app.frame()).toMatch(/#1 /);
    expect(app.frame()).not.toMatch(/#2 /);
    await app.press('y', 'y', 'y', 'y'); // back to all types
    await app.press('/');
    await app.type('850402');
    expect(app.frame()).toMatch(new RegExp(`#${p.id} .*85\\.04\\.02-\\*\\*\\*`));
    expect(app.frame()).not.toMatch(/#2 /);
    await app.press(KEY.esc);
    expect(app.frame()).toMatch(/#2 /);
  });

  test('delete asks first, then keeps the record as Deleted; a Sent record cannot be deleted and says why', async () => {
    const app = await renderApp();
    const open = app.store.create({ type: 'H', data: {}, user: 'a' });
    await app.press('t', 't', 't', 't', 't');
    await app.press('d');
    expect(app.frame()).toContain(`Delete registration #${open.id}?`);
    await app.press('n');
    expect(app.store.mustGet(open.id).status).toBe('open');
    await app.press('d', 'y');
    expect(app.store.mustGet(open.id).status).toBe('deleted');
    expect(app.frame()).toMatch(/deleted \(kept for audit/);

    const sent = app.store.create({ type: 'P', data: completeP(), user: 'a' });
    app.sender.send(sent.id, { user: 'a' });
    await app.press('t', 't', 't', 't', 't');
    await app.press('d');
    expect(app.frame()).toContain('Only an Open registration can be deleted; this one is Sent.');
  });

  test('help lists the keys of the screen, generated from the keymap', async () => {
    const app = await renderApp({ rows: 40 });
    await app.press('?');
    expect(app.frame()).toMatch(/Keys/);
    expect(app.frame()).toMatch(/f\s+follow-ups due/);
    await app.press(KEY.esc);
    expect(app.frame()).toMatch(/angio · ANGIO +Open/);
  });

  test('L switches the whole interface (English → Nederlands → Français): labels, counts, footer, lists', async () => {
    const app = await renderApp();
    await app.press('L');
    expect(app.frame()).toContain('Taal: Nederlands');
    expect(app.frame()).toMatch(/Open 0 · Verzonden 0 · Verwijderd 0/);
    expect(app.frame()).toContain('s:verzend');
    await app.press('n');
    expect(app.frame()).toContain('Nieuwe registratie: welk type?');
    expect(app.frame()).toContain('Hospitalisatie met PCI');
    await app.press(KEY.esc, 'L');
    expect(app.frame()).toContain('Langue : Français');
    expect(app.frame()).toMatch(/Ouvert 0 · Envoyé 0 · Supprimé 0/);
    await app.press('n');
    expect(app.frame()).toContain('Hospitalisation avec FFR et PCI');
    await app.press(KEY.esc, 'L');
    expect(app.frame()).toContain('Language: English');
  });
});
