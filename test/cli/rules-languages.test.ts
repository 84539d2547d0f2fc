/**
 * `angio rules` in Dutch and French, on the built binary: a registry manager reads each rule and its
 * reason in their language, none left in English but the few whose words are the same in both.
 * Every rule of every form has its words in the catalogue in the three languages, so a rule added
 * without its translation fails here; --json keeps the English words.
 */
import { describe, expect, test } from 'vitest';
import { angio } from '../helpers/cli.js';
import { expectEach } from '../helpers/expect-each.js';
import { MESSAGES, say, type MessageId } from '../../src/messages.js';
import { sayRule } from '../../src/cli/commands/rules.js';
import { LANGS, type RuleRow } from '../../src/registry/index.js';

type JsonRules = { type: string; rules: RuleRow[] }[];

const english = (args: string[]) => JSON.parse(angio(['rules', ...args, '--json']).stdout) as JsonRules;

/** The table's rows, cut into rule and reason at the columns its header names. */
function tableRows(stdout: string, lang: 'nl' | 'fr') {
  const [, header, ...lines] = stdout.trimEnd().split('\n');
  const [, , rule, fields, reason] = say(lang, 'cli.rules.columns').split('|');
  // None of these three is the first column: each starts after a space.
  const at = (name: string) => {
    const i = header!.indexOf(` ${name}`);
    expect(i, name).toBeGreaterThan(0);
    return i + 1;
  };
  return lines.map((l) => ({ rule: l.slice(at(rule!), at(fields!)).trim(), reason: l.slice(at(reason!)).trim() }));
}

/** Texts whose words are the same in English: a French "possible 0–100 %" is the English one. */
const SAME_WORDS: Record<'nl' | 'fr', string[]> = { nl: [], fr: ['rules.rule.possible'] };

describe('angio rules speaks Dutch and French', () => {
  test.each(['fr', 'nl'] as const)('--lang %s: no rule or reason of form P is said in English', (lang) => {
    const [p] = english(['--type', 'P']);
    const out = angio(['rules', '--type', 'P', '--lang', lang]);
    expect(out.code).toBe(0);
    const rows = tableRows(out.stdout, lang);
    expect(rows.length).toBe(p!.rules.length);
    const pairs = p!.rules.map((r, i) => ({ en: r, said: rows[i]! }));
    expectEach(pairs, ({ en, said }) => said.rule !== '' && (said.rule !== en.rule || SAME_WORDS[lang].includes(en.says.rule.id)), 'rule');
    expectEach(
      pairs,
      ({ en, said }) => said.reason !== '' && (said.reason !== en.reason || SAME_WORDS[lang].includes(en.says.reason.id)),
      'reason',
    );
    expect(out.stdout).not.toContain('(every answer)');
  });

  test('the exceptions are really the same words, and few', () => {
    const all = english([]).flatMap((t) => t.rules);
    for (const lang of ['nl', 'fr'] as const)
      for (const id of SAME_WORDS[lang]) {
        const r = all.find((x) => x.says.rule.id === id || x.says.reason.id === id)!;
        expect(MESSAGES[id as MessageId][lang], id).toBe(MESSAGES[id as MessageId].en);
        expect(r, id).toBeDefined();
      }
  });

  test('every rule of every form has its rule and reason in the catalogue, in English as the reference says them', () => {
    const all = english([]).flatMap((t) => t.rules);
    const texts = all.flatMap((r) => [
      { words: r.says.rule, en: r.rule },
      { words: r.says.reason, en: r.reason },
    ]);
    expectEach(
      texts,
      ({ words }) => words.id in MESSAGES && LANGS.every((l) => MESSAGES[words.id as MessageId][l].trim() !== ''),
      'text with its three languages',
    );
    expectEach(texts, ({ words, en }) => sayRule('en', words, '') === en, 'English text as the reference says it');
  });
});
