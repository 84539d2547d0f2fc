/** How values read to people: dates dd/mm/yyyy, codes with their label, yes/no in words, numbers as the language writes them. */
import { codeListOf } from './catalogue.js';
import type { Value } from './conditions.js';
import { isoToDmy, numberText } from './readable.js';
import type { Field, Lang } from './types.js';

/** The label of a code in a field's list (the code itself when the list is external or lacks it). */
export function codeLabel(field: Field, code: string, lang: Lang): string {
  const c = codeListOf(field)?.codes.find((x) => x.code === code);
  return c ? c.label[lang] : code;
}

/** A value as shown in forms, views and reports. */
export function displayValue(field: Field, value: Value, lang: Lang): string {
  if (value === undefined || value === null || value === '') return '';
  switch (field.kind) {
    case 'date':
      return isoToDmy(String(value));
    case 'yesno':
      return codeLabel(field, String(value), lang);
    case 'code': {
      const label = codeLabel(field, String(value), lang);
      return label === value ? String(value) : `${label} (${value})`;
    }
    case 'codes':
      return (Array.isArray(value) ? value : [String(value)]).map((c) => codeLabel(field, c, lang)).join(', ');
    case 'niss': {
      const d = String(value);
      return d.length === 11 ? `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}` : d;
    }
    default:
      if (typeof value !== 'number') return String(value);
      return field.unit ? `${numberText(value, lang)} ${field.unit}` : numberText(value, lang);
  }
}

/** The text an editor starts from when the user edits a value: a number as the language writes it (85,4). */
export function editText(field: Field, value: Value, lang: Lang = 'en'): string {
  if (value === undefined || value === null) return '';
  if (field.kind === 'date') return isoToDmy(String(value));
  if (Array.isArray(value)) return value.join('|');
  if (typeof value === 'number') return numberText(value, lang);
  return String(value);
}
