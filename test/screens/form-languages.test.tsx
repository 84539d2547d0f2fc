/**
 * The form speaks the user's language: a nurse working in Dutch or in French reads the header,
 * the step's title, the hints, the notices, the question about an unusual value, the choice list
 * and the footer in it, and no English word of the form's own.
 */
import { describe, expect, test } from 'vitest';
import { completeP } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';

const CTRL_E = '\u0005';

/** What the form says, in each language, at each point of the story below. */
const SAYS = {
  nl: {
    header: '#1 H · Hospitalisatie · v2 · open · —',
    step: 'Patiënt — nog 5 in te vullen',
    hint: 'IDC_PAT · rijksregisternummer, 11 cijfers (geboortedatum en geslacht volgen eruit) · verplicht',
    fromNiss: 'Overgenomen uit het rijksregisternummer: Geboortedatum, Geslacht.',
    saved: /Opgeslagen om \d\d:\d\d \(elk antwoord wordt meteen opgeslagen\)\./,
    footer: 'Ctrl+k:hulp ↓:volgend PgDn:stap Enter:ok Ctrl+s:bewaar Ctrl+r:nazien Esc:terug',
    keep: '! 260 cm: buiten het gebruikelijke 100–250: controleer. Behouden?',
    keepFooter: '?:hulp y:ja n:nee',
    offered: /Plaats introducer \* +Radiaal \(3\)\? {2}\(Enter neemt het over\)/,
    filter: 'filter: zzz▏  (0 keuzes)',
    noMatch: 'Geen enkele keuze past; Backspace verruimt de filter.',
    pickerFooter: 'Ctrl+k:hulp Enter:kies Spatie:vink Esc:annuleren',
    correcting: /#3 P · Hospitalisatie met PCI · v2 · correctie van AG-[\w-]+ ·/,
    complete: 'Auteur registratie — volledig',
  },
  fr: {
    header: '#1 H · Hospitalisation · v2 · ouvert · —',
    step: 'Patient — 5 à compléter',
    hint: 'IDC_PAT · numéro national, 11 chiffres (date de naissance et sexe en découlent) · obligatoire',
    fromNiss: 'Repris du numéro national : Date de naissance, Sexe.',
    saved: /Enregistré à \d\d:\d\d \(chaque réponse est enregistrée au fur et à mesure\)\./,
    footer: 'Ctrl+k:aide ↓:suite Pg↓:étape Entrée:ok Ctrl+s:enreg. Ctrl+r:vérif Échap:retour',
    keep: "! 260 cm : hors de l'habituel 100–250 : à vérifier. La garder ?",
    keepFooter: '?:aide y:oui n:non',
    offered: /Site de l'introducteur \* +Radial \(3\) \? {2}\(Entrée la prend\)/,
    filter: 'filtre : zzz▏  (0 choix)',
    noMatch: 'Aucun choix ne correspond ; Retour arrière élargit le filtre.',
    pickerFooter: 'Ctrl+k:aide Entrée:choisir Espace:cocher Échap:annuler',
    correcting: /#3 P · Hospitalisation avec PCI · v2 · correction de AG-[\w-]+ ·/,
    complete: "Auteur de l'enregistrement — complet",
  },
} as const;

/** The form's own English words, none of which may show in another language. */
const ENGLISH = [
  'to complete',
  'Taken from',
  'Saved at',
  'Keep it?',
  'Enter takes it',
  'filter:',
  'No choice matches',
  'correcting',
  'required',
];

describe.each(['nl', 'fr'] as const)('the form in %s', (lang) => {
  const says = SAYS[lang];
  const noEnglish = (frame: string) => ENGLISH.filter((w) => !(lang === 'nl' && w === 'filter:') && frame.includes(w));

  test('header, step, hint, a notice after confirming, saving, and the footer', async () => {
    const app = await renderApp({ lang });
    app.store.create({ type: 'H', data: {}, user: 'a' });
    await app.press('t', 't', 't', 't', 't', 'g', KEY.enter);
    expect(app.frame()).toContain(says.header);
    expect(app.frame()).toContain(says.footer);
    await app.press(KEY.pageDown, KEY.down);
    expect(app.frame()).toContain(says.step);
    expect(app.frame()).toContain(says.hint);
    await app.type('85.04.02-169.32');
    await app.press(KEY.enter);
    expect(app.frame()).toContain(says.fromNiss);
    await app.press(KEY.ctrlS);
    expect(app.frame()).toMatch(says.saved);
    expect(noEnglish(app.frame())).toEqual([]);
  });

  test('an unusual value is asked about, an offered answer waits for Enter, a filter that matches nothing says so', async () => {
    const app = await renderApp({ lang, rows: 30 });
    const data = completeP();
    delete data.MS_PAT_HGHT;
    delete data.CD_LVEF;
    delete data.CD_PLC_INTDCR_1;
    app.store.answers.remember('nurse', 'CD_PLC_INTDCR_1', '3');
    app.store.create({ type: 'P', data, user: 'a' });
    await app.press('t', 't', 't', 't', 't', 'g', KEY.enter);
    await app.type('260');
    await app.press(KEY.enter);
    expect(app.frame()).toContain(says.keep);
    expect(app.frame()).toContain(says.keepFooter);
    expect(noEnglish(app.frame())).toEqual([]);
    await app.press('y'); // kept; on to LVEF, the next missing answer
    await app.type('zzz');
    expect(app.frame()).toContain(says.filter);
    expect(app.frame()).toContain(says.noMatch);
    expect(app.frame()).toContain(says.pickerFooter);
    expect(noEnglish(app.frame())).toEqual([]);
    await app.press(KEY.esc, CTRL_E); // the introducer site, offered from the last answer
    expect(app.frame()).toMatch(says.offered);
    expect(noEnglish(app.frame())).toEqual([]);
  });

  test('a decimal is shown and edited with a comma, and read back as the same number', async () => {
    const app = await renderApp({ lang, rows: 40 });
    const { MS_LVEF: _, ...data } = completeP();
    const r = app.store.create({ type: 'P', data: { ...data, MS_RECNT_SERM_CREAN: 0.76, CD_LVEF: '5' }, user: 'a' });
    await app.press('t', 't', 't', 't', 't', 'g', KEY.enter); // opens on LVEF (%), the missing answer
    expect(app.frame()).toMatch(/ 0,76 mg\/dL/);
    await app.press(KEY.up, KEY.up, KEY.up, KEY.up, KEY.up, KEY.up);
    expect(app.frame()).toContain('0,76▏'); // focused: the editor starts from the number as the language writes it
    await app.press(KEY.backspace);
    expect(app.frame()).toContain('0,7▏');
    await app.type('5');
    await app.press(KEY.enter);
    expect(app.store.mustGet(r.id).data.MS_RECNT_SERM_CREAN).toBe(0.75);
  });

  test('a Sent registration being corrected says so in the header', async () => {
    const app = await renderApp({ lang });
    app.store.create({ type: 'H', data: {}, user: 'a' });
    app.store.create({ type: 'H', data: {}, user: 'a' });
    const r = app.store.create({ type: 'P', data: completeP(), user: 'a' });
    app.sender.send(r.id, { user: 'a' });
    await app.press('t', 't', 't', 't', 't', 'g', KEY.enter, 'c');
    expect(app.frame()).toMatch(says.correcting);
    expect(app.frame()).toContain(says.complete);
    expect(noEnglish(app.frame())).toEqual([]);
  });
});
