/**
 * A small hand-made set of registrations for the quality indicators: each one's part in every
 * figure is worked out by hand in test/quality/indicators.test.ts. The clock stands at NOW
 * (2026-11-26); the period under test is 2026 (2026-01 to 2026-12, quarters Q1-Q4).
 */
import type { Data } from '../../src/validation/index.js';
import { completeFU, completeP, NOW, PHYSICIAN_A, PHYSICIAN_B } from '../helpers/fixtures.js';
import { freshCore } from '../helpers/db.js';

const U = 'tester';

/** A P stay moved to another admission date (PCI the same day, discharge two days later). */
const stayOn = (day: string, discharge: string, extra: Data = {}): Data => ({
  ...completeP(),
  DT_HOSPZ: day,
  DT_PCI_1: day,
  DT_DISCH: discharge,
  ...extra,
});

/** The answers of a stay without its PCI blocks and billing item (an F registration's). */
const withoutPci = (d: Data): Data => Object.fromEntries(Object.entries(d).filter(([k]) => !/_\d$/.test(k) && k !== 'CD_PREST_PCI'));

const stemi = (extra: Data): Data => ({
  CD_INDICATN: '1',
  CD_REPERF: '1',
  CD_INFARCT_LOC: '1',
  CD_KILLIP_CLASS: '1',
  CD_CARD_ARREST_BEF_REPERF: '0',
  ...extra,
});

/** The set in memory, or in a database file the built binary can open (with its users' roles). */
export function qualityDataset(options: Parameters<typeof freshCore>[0] = {}) {
  const { core, ops, clock } = freshCore(options);
  const create = (type: 'H' | 'P' | 'F' | 'FP' | 'FU', data: Data, parentId?: number) =>
    core.store.create({ type, data, user: U, ...(parentId ? { parentId } : {}) }).id;

  // R1: elective, exercise ECG before; radial, 1 DES, success, alive. Sent 8 days after discharge.
  const r1 = create('P', stayOn('2026-03-10', '2026-03-12', { CD_WHICH_TST_EXEC: ['FL_EXEC_ECG_STRESS'] }));
  clock.set('2026-03-20T10:00:00.000Z');
  const sent1 = core.sender.send(r1, { user: U });
  clock.set(NOW);
  // R2: elective without any test; femoral, 2 BMS, residual 5 % TIMI 3; an access-site bleed; eGFR 28; operator B.
  const r2 = create(
    'P',
    stayOn('2026-02-01', '2026-02-03', {
      CD_WHICH_TST_EXEC: ['FL_NO_TST_EXEC'],
      CD_PLC_INTDCR_1: '1',
      CD_MAT_1: '3',
      CD_MODEL_BMS_1: 'BMS-1001',
      NR_BMS_1: 2,
      CD_MODEL_DES_1: undefined,
      NR_DES_1: undefined,
      MS_STE_AFTER_PCI_1: 5,
      CD_COMPLIC_PLC_INS_1: ['3'],
      CD_TREAT_1: '1',
      MS_RECNT_EGFR: 28,
      NR_CONVOL_PROC_ML_1: 150,
      CD_DOCTOR_INTVNT_CARDIOL_1: PHYSICIAN_B,
      CD_PREST_PCI: '158992-159003',
    }),
  );
  // R3: STEMI primary PCI, direct: symptoms 06:00, ECG 07:10, arrival 07:30, wire 08:00; died (not in the lab); residual 30 %.
  const r3 = create(
    'P',
    stayOn(
      '2026-05-04',
      '2026-05-06',
      stemi({
        CD_TRFR_HOSP_TO_PCI: '0',
        DT_FIRST_SYMP: '2026-05-04',
        T_FIRST_SYMP: '06:00',
        DT_FIRST_DIAGS: '2026-05-04',
        T_FIRST_DIAGS: '07:10',
        T_PCI_CENT: '07:30',
        T_WICR_1: '08:00',
        MS_STE_AFTER_PCI_1: 30,
        NR_CONVOL_PROC_ML_1: 200,
        CD_STA_DISCH: '1',
        CD_COD: '3',
        CD_DEATH_CATHLAB: '0',
        CD_DESTI_AFTER_DISCH: undefined,
      }),
    ),
  );
  const sent3 = core.sender.send(r3, { user: U });
  // R4: STEMI transferred: symptoms 21:00 and ECG 23:00 the day before, arrival 00:40, wire 01:00; femoral; TIMI 2 after; transfusion; operator B.
  const r4 = create(
    'P',
    stayOn(
      '2026-06-10',
      '2026-06-12',
      stemi({
        CD_TRFR_HOSP_TO_PCI: '1',
        DT_FIRST_SYMP: '2026-06-09',
        T_FIRST_SYMP: '21:00',
        DT_FIRST_DIAGS: '2026-06-09',
        T_FIRST_DIAGS: '23:00',
        T_PCI_CENT: '00:40',
        T_WICR_1: '01:00',
        CD_PLC_INTDCR_1: '1',
        MS_STE_AFTER_PCI_1: 10,
        CD_TIMI_AFTER_PCI_1: '3',
        CD_BLEEDG_1: '2',
        NR_CONVOL_PROC_ML_1: 250,
        CD_DOCTOR_INTVNT_CARDIOL_1: PHYSICIAN_B,
      }),
    ),
  );
  // R5: STEMI direct, arrival 10:00 and wire 10:40 only: symptom and ECG times missing.
  const r5 = create('P', stayOn('2026-04-02', '2026-04-04', stemi({ CD_TRFR_HOSP_TO_PCI: '0', T_PCI_CENT: '10:00', T_WICR_1: '10:40' })));
  // R6: FP, elective: two procedures (radial 2 DES 100 ml; femoral 1 DES 80 ml, unplanned ICU); eGFR 25.
  const r6 = create('FP', {
    ...stayOn('2026-08-01', '2026-08-03'),
    DT_FFR: '2026-08-01',
    CD_DOCTOR_FFR: PHYSICIAN_A,
    CD_NO_REVASC: '0',
    CD_PRES_FFR: '159552-159563',
    MS_RECNT_EGFR: 25,
    NR_DES_1: 2,
    NR_CONVOL_PROC_ML_1: 100,
    CD_NPCI_1: '1',
    DT_PCI_2: '2026-08-02',
    T_WICR_2: '09:00',
    CD_DOCTOR_INTVNT_CARDIOL_2: PHYSICIAN_A,
    CD_SECON_OPRY_2: '0',
    CD_PLC_INTDCR_2: '1',
    NR_CONVOL_PROC_ML_2: 80,
    CD_HOSPZ_ICU_2: '1',
    CD_DIALY_REQE_2: '0',
    CD_COMPLIC_PLC_INS_2: ['0'],
    CD_BLEEDG_2: '0',
    CD_MAT_2: '4',
    CD_MODEL_DES_2: 'DES-2002',
    NR_DES_2: 1,
    MS_STE_AFTER_PCI_2: 10,
    CD_TIMI_AFTER_PCI_2: '4',
    CD_NPCI_2: '0',
  });
  // R7: F, elective (physiology without PCI). R8: H.
  const r7 = create('F', {
    ...withoutPci(completeP()),
    DT_HOSPZ: '2026-09-15',
    DT_DISCH: '2026-09-16',
    DT_FFR: '2026-09-15',
    CD_DOCTOR_FFR: PHYSICIAN_A,
    CD_NO_REVASC: '1',
    CD_PRES_FFR: '159552-159563',
  });
  const r8 = create('H', { DT_HOSPZ: '2026-01-20', CD_RIZIV_TREAT_PHYS: PHYSICIAN_A });
  // R9: deleted: counts nowhere.
  const r9 = create('P', stayOn('2026-01-15', '2026-01-16'));
  core.store.delete(r9, { user: U });
  // R10: NSTEMI, unfinished: one radial procedure without operator, stenosis, material or contrast; discharge status missing.
  const r10 = create('P', {
    DT_HOSPZ: '2026-10-05',
    DT_DISCH: '2026-11-01',
    CD_INDICATN: '4',
    DT_PCI_1: '2026-10-05',
    CD_PLC_INTDCR_1: '3',
  });
  // R15: elective, tests not answered; otherwise as the fixture (radial, 1 DES, success, 120 ml).
  const r15 = create('P', stayOn('2026-07-01', '2026-07-03'));
  // R12, R14: PCIs of 2025 whose follow-up fell due in 2026: R12 has one (R13, new PCI within the year), R14 none.
  const r12 = create('P', stayOn('2025-02-01', '2025-02-03'));
  const r13 = create('FU', { ...completeFU(), DT_CONSULT: '2026-02-15', CD_OYFFRPCI: '1' }, r12);
  const r14 = create('P', stayOn('2025-06-01', '2025-06-03'));
  // R11: the follow-up of R1 (seen early, in Q4 2026).
  const r11 = create('FU', { ...completeFU(), DT_CONSULT: '2026-11-20' }, r1);
  return { core, ops, clock, sent: [sent1, sent3], ids: { r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15 } };
}
