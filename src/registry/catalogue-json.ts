/**
 * The whole catalogue as plain data: what `angio types --json` prints, what the API serves at
 * /dcds, and what others check the catalogue's fidelity with.
 */
import { codeListOf, formOf, registrationTypes, TYPE_CODES, versionsOf } from './catalogue.js';
import type { Field } from './types.js';

function fieldJson(f: Field) {
  const list = codeListOf(f);
  return {
    id: f.id,
    type: f.kind,
    label: f.label,
    step: f.step,
    required: f.required,
    ...(f.codeList ? { codeList: f.codeList, externalList: list?.external ?? false } : {}),
    ...(list && !list.external ? { codes: list.codes } : {}),
    ...(f.exclusiveCode ? { exclusiveCode: f.exclusiveCode } : {}),
    ...(f.unit ? { unit: f.unit } : {}),
    ...(f.min !== undefined ? { min: f.min } : {}),
    ...(f.max !== undefined ? { max: f.max } : {}),
    ...(f.limits ? { limits: f.limits } : {}),
    ...(f.decimals !== undefined ? { decimals: f.decimals } : {}),
    ...(f.show ? { show: f.show, showSource: f.showSource } : {}),
    ...(f.requiredWhen ? { requiredWhen: f.requiredWhen } : {}),
    ...(f.optionalWhen ? { optionalWhen: f.optionalWhen } : {}),
    ...(f.filledBy ? { filledBy: f.filledBy } : {}),
    ...(f.block ? { block: f.block } : {}),
    ...(f.rule ? { rule: f.rule, ruleSource: f.ruleSource } : {}),
    local: f.local,
    personal: f.personal,
  };
}

/** The whole catalogue as data: what `angio types --json` prints and what others check fidelity with. */
let cached: ReturnType<typeof build> | undefined;

export function catalogueJson() {
  cached ??= build();
  return cached;
}

function build() {
  return {
    dcd: 'HDBP0012',
    project: 'ANGIO',
    types: TYPE_CODES.map((code) => {
      const t = registrationTypes[code];
      return {
        code,
        name: t.name,
        whenToChoose: t.whenToChoose,
        obligesFollowUp: t.obligesFollowUp,
        versions: versionsOf(code).map((v) => {
          const form = formOf(code, v.version);
          return {
            version: v.version,
            date: v.date,
            current: v.current,
            steps: form.steps.map((s) => ({ id: s.id, title: s.title })),
            fields: form.fields.map(fieldJson),
          };
        }),
      };
    }),
  };
}
