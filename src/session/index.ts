export * from './session.js';
export * from './init.js';
export type { Delegation } from './delegation.js';
export { refusalSentence } from './refusal.js';
export {
  csvSyntaxSentence,
  databaseProblemSentence,
  fileProblemSentence,
  listFileSentence,
  outputFileSentence,
  settingMeaning,
  settingRefusal,
} from './problems.js';
