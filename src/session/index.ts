export * from './session.js';
export * from './init.js';
export type { Delegation } from './delegation.js';
export { refusalSentence, storeErrorSentence } from './refusal.js';
export { knownWords, wordsSaid } from './words.js';
export { deliveryErrorSaid, deliveryErrorSentence } from './delivery.js';
export {
  csvSyntaxSentence,
  databaseProblemSentence,
  fileProblemSentence,
  inputFileSentence,
  listFileSentence,
  outputFileSentence,
  settingMeaning,
  settingRefusal,
} from './problems.js';
export { listSourceText } from './list-source.js';
