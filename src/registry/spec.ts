/** Helpers used by the catalogue's source tables (dcd-v2/*.ts). */
import type { FieldSpec, TypeCode } from './types.js';

export { eq, ne, oneOf, has, hasOtherThan, isEmptyAnswer, any, all } from './conditions.js';

/** A code list that differs per PCI block (index 0 = block 1). */
export const byBlock = (...names: string[]): FieldSpec['codeList'] => ({ byBlock: names });

/** A code list that differs per registration type. */
export const byType = (names: Partial<Record<TypeCode, string>>): FieldSpec['codeList'] => ({ byType: names });
