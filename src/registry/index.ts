export * from './types.js';
export * from './catalogue.js';
export * from './conditions.js';
export { isTypeCode, keyDateFieldOf, keyDateOf } from './registration-types.js';
export { VESSELS, VESSEL_SELECTOR } from './expand.js';
export { PCI_BLOCKS } from './dcd-v2/steps.js';
export * from './display.js';
export * from './catalogue-json.js';
export * from './author.js';
