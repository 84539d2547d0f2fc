/**
 * Turns the source tables (templates with `_n` for PCI blocks and `<V>` for vessels) into the
 * concrete fields of one registration type.
 */
import { all, any, eq, has, isEmptyAnswer, mapFields } from './conditions.js';
import type { Condition, Field, FieldSpec, TypeCode } from './types.js';

/** Vessels of the FFR section: measurement ids use the long name, result ids the short one. */
export const VESSELS = [
  { long: 'RCA', short: 'RCA', label: 'RCA' },
  { long: 'LM', short: 'LM', label: 'LM' },
  { long: 'LAD', short: 'LAD', label: 'LAD' },
  { long: 'CX', short: 'CX', label: 'CX' },
  { long: 'GRAFT', short: 'G', label: 'Graft' },
] as const;

/** The multiple-choice field whose vessel codes open the per-vessel FFR fields. */
export const VESSEL_SELECTOR = 'CD_ANGIO_STE';

function requiredFor(spec: FieldSpec, type: TypeCode): boolean {
  if (typeof spec.required === 'object') return spec.required[type] ?? false;
  return spec.required ?? false;
}

function codeListFor(spec: FieldSpec, type: TypeCode, block?: number): string | undefined {
  const c = spec.codeList;
  if (c === undefined || typeof c === 'string') return c;
  if ('byBlock' in c) return c.byBlock[(block ?? 1) - 1];
  return c.byType[type];
}

function concrete(spec: FieldSpec, type: TypeCode, step: string, over: Partial<Field> = {}): Field {
  const field: Field = {
    id: spec.id,
    kind: spec.kind,
    label: spec.label,
    step,
    required: requiredFor(spec, type),
    local: spec.local ?? false,
    personal: spec.personal ?? false,
  };
  const codeList = codeListFor(spec, type, over.block);
  if (codeList) field.codeList = codeList;
  if (spec.exclusiveCode !== undefined) field.exclusiveCode = spec.exclusiveCode;
  if (spec.unit) field.unit = spec.unit;
  if (spec.min !== undefined) field.min = spec.min;
  if (spec.max !== undefined) field.max = spec.max;
  if (spec.limits) field.limits = spec.limits;
  if (spec.decimals !== undefined) field.decimals = spec.decimals;
  if (spec.optionalWhen) field.optionalWhen = spec.optionalWhen;
  if (spec.show) {
    field.show = spec.show;
    field.showSource = 'derived';
  }
  if (spec.requiredWhen) field.requiredWhen = spec.requiredWhen;
  if (spec.suggest) field.suggest = spec.suggest;
  if (spec.procedural) field.procedural = true;
  if (spec.validity) {
    const n = over.block;
    const rename = (id: string) => (n === undefined ? id : id.replace(/_n$/, `_${n}`));
    field.validity = { from: rename(spec.validity.from), to: rename(spec.validity.to) };
  }
  if (spec.filledBy) field.filledBy = spec.filledBy;
  if (spec.rule) field.rule = spec.rule;
  if (spec.ruleSource) field.ruleSource = spec.ruleSource;
  return { ...field, ...over };
}

const label = (spec: FieldSpec, token: string, value: string) => ({
  en: spec.label.en.replaceAll(token, value),
  nl: spec.label.nl.replaceAll(token, value),
  fr: spec.label.fr.replaceAll(token, value),
});

/** Plain section: every spec of the type, in table order. Vessel templates expand in place. */
export function expandSection(specs: FieldSpec[], type: TypeCode, step: string): Field[] {
  return specs
    .filter((s) => s.in.includes(type))
    .flatMap((spec) => {
      if (!spec.id.includes('<V>')) return [concrete(spec, type, step)];
      const usesLong = spec.id.startsWith('MS_');
      return VESSELS.map((v) => {
        const name = usesLong ? v.long : v.short;
        // A vessel's fields apply when it is ticked, or when no vessel is (the list is optional
        // in the DCD: measurements without it are still measurements).
        const opened = any(has(VESSEL_SELECTOR, `FL_ANGIO_STE_${v.long}`), isEmptyAnswer(VESSEL_SELECTOR));
        return concrete(spec, type, step, {
          id: spec.id.replace('<V>', name),
          label: label(spec, '{V}', v.label),
          show: spec.show ? all(opened, spec.show) : opened,
          showSource: 'derived',
        });
      });
    });
}

/** Ids of block templates that exist in fewer blocks than the others. */
const LAST_BLOCK: Record<string, number> = { CD_NPCI_n: 4 };
/** Block templates whose block-1 id carries no suffix. */
const UNSUFFIXED_IN_BLOCK_1 = new Set(['TX_TTL_COMPLIC_PROC_n']);

const blockId = (template: string, n: number) =>
  n === 1 && UNSUFFIXED_IN_BLOCK_1.has(template) ? template.slice(0, -2) : template.replace(/_n$/, `_${n}`);

/**
 * PCI block templates expanded for blocks 1..blocks: block n > 1 is open only when the previous
 * block answered "another procedure" (CD_NPCI_(n-1) = 1; derived rule, see
 * docs/registry.md#pci-blocks).
 */
export function expandBlocks(specs: FieldSpec[], type: TypeCode, blocks: number, stepOf: (n: number) => string): Field[] {
  const own = specs.filter((s) => s.in.includes(type));
  const out: Field[] = [];
  for (let n = 1; n <= blocks; n++) {
    const opened: Condition | undefined = n > 1 ? eq(`CD_NPCI_${n - 1}`, '1') : undefined;
    for (const spec of own) {
      if (n > (LAST_BLOCK[spec.id] ?? blocks)) continue;
      const rename = (id: string) => id.replace(/_n$/, `_${n}`);
      const show = spec.show ? mapFields(spec.show, rename) : undefined;
      const combined = opened && show ? all(opened, show) : (opened ?? show);
      const over: Partial<Field> = { id: blockId(spec.id, n), block: n, label: label(spec, '{n}', String(n)) };
      if (combined) {
        over.show = combined;
        over.showSource = 'derived';
      }
      out.push(concrete(spec, type, stepOf(n), over));
    }
  }
  return out;
}
