/**
 * What the integrity checks found (`angio doctor`, `angio backup`), said in the user's language:
 * the core carries each finding's detail as message ids with their values (src/store/violations.ts),
 * the rule as an English word that --json keeps; here both are said from the catalogue.
 */
import { say, type MessageId } from '../messages.js';
import type { BackupRule } from '../operations/index.js';
import type { Lang } from '../registry/index.js';
import { knownWords, wordsSaid } from '../session/index.js';
import type { StoreRule, Violation } from '../store/index.js';
import type { SentRule } from '../transmit/index.js';

/** Each rule's name as a person reads it: a rule added to a check without its name fails the type-check. */
const RULES = {
  integrity: 'integrity.rule.integrity',
  'unique code': 'integrity.rule.uniqueCode',
  counters: 'integrity.rule.counters',
  'unique key': 'integrity.rule.uniqueKey',
  outbox: 'integrity.rule.outbox',
  triggers: 'integrity.rule.triggers',
  damaged: 'integrity.rule.damaged',
  'fully written': 'integrity.rule.fullyWritten',
  audit: 'integrity.rule.audit',
  sent: 'integrity.rule.sent',
  code: 'integrity.rule.code',
  delivery: 'integrity.rule.delivery',
  open: 'integrity.rule.open',
  deleted: 'integrity.rule.deleted',
  'audit chain': 'integrity.rule.auditChain',
  payload: 'integrity.rule.payload',
  secret: 'integrity.rule.secret',
} as const satisfies Record<StoreRule | SentRule | BackupRule, MessageId>;

/** A rule's name in the user's language (an unknown one as it is). */
export const ruleName = (lang: Lang, rule: string): string => (rule in RULES ? say(lang, RULES[rule as keyof typeof RULES]) : rule);

/** What is wrong, in the user's language; in English when the catalogue lacks a word of it (a check added without its wording). */
export const violationDetail = (lang: Lang, v: Violation): string => (knownWords(v.says) ? wordsSaid(lang, v.says) : v.detail);

/** A finding as a line: "#12 audit log: …", its registration first when it has one, its rule unless told not to. */
export function violationLine(lang: Lang, v: Violation, withRule = true): string {
  const detail = violationDetail(lang, v);
  return `${v.registrationId ? `#${v.registrationId} ` : ''}${withRule ? say(lang, 'integrity.line', { rule: ruleName(lang, v.rule), detail }) : detail}`;
}
