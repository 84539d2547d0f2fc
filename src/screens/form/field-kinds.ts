/** How the form edits each kind of field (generic over the catalogue: no field ids here). */
import { codeListOf, type Field, type Lang } from '../../registry/index.js';

/** Fields edited by typing text (codes of external lists are typed until their lists are loaded). */
export function editsAsText(f: Field): boolean {
  switch (f.kind) {
    case 'text':
    case 'number':
    case 'integer':
    case 'date':
    case 'time':
    case 'hcp':
    case 'niss':
      return true;
    case 'code':
      return codeListOf(f)?.external ?? true;
    default:
      return false;
  }
}

/** Fields answered from a code list (single or multiple choice). */
export function isChoice(f: Field): boolean {
  return (f.kind === 'code' && !editsAsText(f)) || f.kind === 'codes';
}

/** Fields the cursor stops on. */
export function isFocusable(f: Field): boolean {
  return f.kind !== 'title' && f.kind !== 'info' && f.kind !== 'hidden' && f.kind !== 'computed' && f.kind !== 'generated';
}

const HINTS: Record<Lang, Record<string, string>> = {
  en: {
    date: 'date dd/mm/yyyy, ddmm, dd/mm (year of admission), t today, = offered',
    time: 'time hh:mm or hhmm (24 h)',
    yesno: 'y = yes, n = no, Space switches',
    code: 'Enter or type to choose',
    codes: 'Enter or type to tick one or more',
    niss: 'national number, 11 digits (birth date and sex follow from it)',
    hcp: 'RIZIV/INAMI number, 11 digits',
    text: 'text',
    computed: 'computed',
    generated: 'generated from names, birth date and sex',
    number: 'number',
    integer: 'whole number',
    required: 'required',
  },
  nl: {
    date: 'datum dd/mm/jjjj, ddmm, dd/mm (jaar van opname), t vandaag, = voorgesteld',
    time: 'tijdstip uu:mm of uumm (24 u)',
    yesno: 'y = ja, n = neen, Spatie wisselt',
    code: 'Enter of typ om te kiezen',
    codes: 'Enter of typ om één of meer aan te vinken',
    niss: 'rijksregisternummer, 11 cijfers (geboortedatum en geslacht volgen eruit)',
    hcp: 'RIZIV-nummer, 11 cijfers',
    text: 'tekst',
    computed: 'berekend',
    generated: 'gegenereerd uit namen, geboortedatum en geslacht',
    number: 'getal',
    integer: 'geheel getal',
    required: 'verplicht',
  },
  fr: {
    date: 'date jj/mm/aaaa, jjmm, jj/mm (année d’admission), t aujourd’hui, = proposée',
    time: 'heure hh:mm ou hhmm (24 h)',
    yesno: 'y = oui, n = non, Espace bascule',
    code: 'Entrée ou tapez pour choisir',
    codes: 'Entrée ou tapez pour cocher un ou plusieurs',
    niss: 'numéro national, 11 chiffres (date de naissance et sexe en découlent)',
    hcp: 'numéro INAMI, 11 chiffres',
    text: 'texte',
    computed: 'calculé',
    generated: 'généré à partir des noms, date de naissance et sexe',
    number: 'nombre',
    integer: 'nombre entier',
    required: 'obligatoire',
  },
};

/** A one-line hint on how to answer a field. */
export function hintFor(f: Field, lang: Lang, required: boolean, labelShown = true): string {
  const h = HINTS[lang];
  let text = h[f.kind] ?? '';
  if (f.kind === 'code' && editsAsText(f)) text = h.text!;
  if ((f.kind === 'number' || f.kind === 'integer') && f.min !== undefined) text += ` ${f.min}–${f.max}`;
  if (f.unit) text += ` ${f.unit}`;
  // A label cut short on the field's line is given whole here.
  return `${labelShown ? '' : `${f.label[lang]} · `}${f.id} · ${text}${required ? ` · ${h.required}` : ''}`;
}
