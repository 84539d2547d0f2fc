/** How the form edits each kind of field (generic over the catalogue: no field ids here). */
import { codeListOf, type Field, type Lang } from '../../registry/index.js';
import { say, type MessageId } from '../../messages.js';

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

/** The catalogue's hint for each kind of field that has one. */
const HINTS: Partial<Record<Field['kind'], MessageId>> = {
  date: 'hint.date',
  time: 'hint.time',
  yesno: 'hint.yesno',
  code: 'hint.code',
  codes: 'hint.codes',
  niss: 'hint.niss',
  hcp: 'hint.hcp',
  text: 'hint.text',
  computed: 'hint.computed',
  generated: 'hint.generated',
  number: 'hint.number',
  integer: 'hint.integer',
};

/** A one-line hint on how to answer a field. */
export function hintFor(f: Field, lang: Lang, required: boolean, labelShown = true): string {
  const hint = f.kind === 'code' && editsAsText(f) ? 'hint.text' : HINTS[f.kind];
  let text = hint ? say(lang, hint) : '';
  if ((f.kind === 'number' || f.kind === 'integer') && f.min !== undefined) text += ` ${f.min}–${f.max}`;
  if (f.unit) text += ` ${f.unit}`;
  // A label cut short on the field's line is given whole here.
  return `${labelShown ? '' : `${f.label[lang]} · `}${f.id} · ${text}${required ? ` · ${say(lang, 'hint.required')}` : ''}`;
}
