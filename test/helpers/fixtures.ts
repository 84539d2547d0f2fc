/** Complete, valid registrations written out by hand: the baseline each rule test changes one thing in. */
import type { Data } from '../../src/validation/index.js';

/** The moment every test runs at: a fixed clock (src/clock.ts), never the day the suite happens to run. */
export const NOW = '2026-11-26T10:00:00.000Z';
export const TODAY = NOW.slice(0, 10);
export const PHYSICIAN_A = '10012378580';
export const PHYSICIAN_B = '10023464580';

const author: Data = { TX_AUTHOR_GR: 'Cardiology', TX_AUTHOR: 'dr.peeters@hospital.example', TX_COAUTHOR: 'nurse@hospital.example' };
const patient: Data = { IDC_PAT: '85040216932', DT_PAT_DOB: '1985-04-02', CD_PAT_SEX: 'M', CD_PAT_PLC_RESDC: '9000' };
const stay: Data = {
  DT_HOSPZ: '2026-03-10',
  CD_CARDIOGE_SHOCK_HOSPZ: '0',
  MS_PAT_HGHT: 180,
  MS_PAT_WGHT: 81,
  CD_CARDIOVASC_HISTY_KIDNEY_FAIL: '0',
  CD_CARDIOVASC_HISTY_STROKE: '0',
  CD_CARDIOVASC_HISTY_PERI_VASC_DSEAS: '0',
  MS_RECNT_EGFR: 85,
  MS_RECNT_SERM_CREAN: 0.9,
  CD_DIABT: '1',
  MS_SYS_BP_HOSPZ: 135,
  MS_DIA_BP_HOSPZ: 80,
  MS_HF_HOSPZ: 72,
  CD_LVEF: '5',
  MS_LVEF: 55,
  CD_BRANCH_DSEAS: '1',
  CD_MAIN_BRANCH: '0',
  CD_INDICATN: '10',
  CD_DIAGS_CHRON_RENAL_DSEAS: '0',
  CD_DIAGS_ARTER_HTN: '1',
  CD_DIAGS_HYPRLIP: '1',
  CD_ACT_SMKR: '0',
  CD_CABG_EXEC: '0',
  CD_CABG_PLAN: '0',
  CD_STA_DISCH: '2',
  DT_DISCH: '2026-03-12',
  CD_DESTI_AFTER_DISCH: '1',
};
const pciBlock1: Data = {
  DT_PCI_1: '2026-03-10',
  T_WICR_1: '10:15',
  CD_DOCTOR_INTVNT_CARDIOL_1: PHYSICIAN_A,
  CD_SECON_OPRY_1: '0',
  CD_PLC_INTDCR_1: '3',
  NR_CONVOL_PROC_ML_1: 120,
  CD_HOSPZ_ICU_1: '0',
  CD_DIALY_REQE_1: '0',
  CD_COMPLIC_PLC_INS_1: ['0'],
  CD_BLEEDG_1: '0',
  CD_PCI_PLC_1: '2',
  CD_BLDVES_1: '1',
  CD_1SEGM_1: '10',
  CD_MAT_1: '4',
  CD_MODEL_DES_1: 'DES-2001',
  NR_DES_1: 1,
  MS_MAX_DMTR_BLDVES_1: 3.5,
  NR_TOT_LEN_1: 18,
  CD_STTHRO_1: '0',
  CD_ISR_1: '0',
  MS_STE_BEF_PCI_1: 90,
  MS_STE_AFTER_PCI_1: 0,
  CD_TIMI_BEF_PCI_1: '3',
  CD_TIMI_AFTER_PCI_1: '4',
  CD_NPCI_1: '0',
};

/** A Hospitalisation with PCI, one procedure with one DES, billed as "only DES, one vessel". */
export const completeP = (): Data => ({ ...author, ...patient, ...stay, ...pciBlock1, CD_PREST_PCI: '159014-159025' });

/** A Hospitalisation (optional registration: consent given). */
export const completeH = (): Data => ({
  ...author,
  ...patient,
  CD_RIZIV_TREAT_PHYS: PHYSICIAN_A,
  DT_HOSPZ: '2026-03-10',
  CD_DIAGS_CHRON_RENAL_DSEAS: '0',
  CD_DIAGS_ARTER_HTN: '1',
  CD_DIAGS_HYPRLIP: '1',
  CD_ACT_SMKR: '0',
  LOC_CONSENT: '1',
});

/** A follow-up: invited, came, nothing new within the year. */
export const completeFU = (): Data => ({
  ...author,
  ...patient,
  CD_FU_CONSTTN: '1',
  CD_CONSTTN: '1',
  DT_CONSULT: '2026-03-20',
  CD_OYFFRPCI: '0',
  CD_CABG_EXECF: '0',
});
