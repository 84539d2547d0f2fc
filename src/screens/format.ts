/** Short renderings shared by the screens. */
import { isoToDmy } from '../registry/index.js';

export { patientLabel } from '../validation/index.js';

export const dmy = (iso: string | null | undefined) => (iso ? isoToDmy(iso) : '—');
