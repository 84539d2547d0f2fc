/**
 * commander's own words in the run's language: the help's titles, its "[options]" and
 * "[command]", an option's default, and the usage errors commander writes (an unknown option, a
 * missing argument…), which it composes in English; they are read back here and said again from
 * the message catalogue. A message commander might add later and that is not known here is shown
 * as commander wrote it.
 */
import type { Command, HelpConfiguration, Option, OutputConfiguration } from 'commander';
import type { Lang } from '../registry/index.js';
import { MESSAGES, say, type MessageId } from '../messages.js';

const TITLES: Record<string, MessageId> = {
  'Usage:': 'help.title.usage',
  'Options:': 'help.title.options',
  'Commands:': 'help.title.commands',
  'Arguments:': 'help.title.arguments',
};

/** A placeholder's word (`file` of `<file>`) in `lang`, or the word itself when it has none (`id`, `n`). */
const argWord = (lang: Lang, word: string) => {
  const id = `help.arg.${word}`;
  return id in MESSAGES ? say(lang, id as MessageId) : word;
};

/** The placeholders of a usage line or an option (`<file>`, `[ids...]`) in `lang`. */
const placeholders = (lang: Lang, text: string) =>
  text.replace(
    /([<[])([a-z]+)((?:\.\.\.)?[>\]])/g,
    (_, open: string, word: string, close: string) => `${open}${argWord(lang, word)}${close}`,
  );

/** The help of every command, in `lang`. */
export function helpIn(lang: Lang): HelpConfiguration {
  const words = (text: string) =>
    placeholders(lang, text.replace('[options]', say(lang, 'help.usage.options')).replace('[command]', say(lang, 'help.usage.command')));
  return {
    styleTitle: (title: string) => (TITLES[title] ? say(lang, TITLES[title]) : title),
    styleUsage: (usage: string) => words(usage),
    styleSubcommandTerm: (term: string) => words(term),
    styleOptionTerm: (term: string) => placeholders(lang, term),
    styleArgumentTerm: (term: string) => placeholders(lang, term),
    optionDescription: (option: Option) =>
      option.defaultValue === undefined
        ? option.description
        : `${option.description} (${say(lang, 'help.default', { value: JSON.stringify(option.defaultValue) })})`,
  };
}

/** commander's error lines, each as it reads in English, with the message it becomes. */
const ERRORS: [RegExp, (m: RegExpExecArray, lang: Lang) => string][] = [
  [/^error: unknown option '(.+)'$/, (m, l) => say(l, 'help.error.unknownOption', { option: m[1]! })],
  [/^error: unknown command '(.+)'$/, (m, l) => say(l, 'help.error.unknownCommand', { command: m[1]! })],
  [/^error: missing required argument '(.+)'$/, (m, l) => say(l, 'help.error.missingArgument', { argument: argWord(l, m[1]!) })],
  [/^error: option '(.+)' argument missing$/, (m, l) => say(l, 'help.error.missingValue', { option: placeholders(l, m[1]!) })],
  [/^error: required option '(.+)' not specified$/, (m, l) => say(l, 'help.error.missingOption', { option: placeholders(l, m[1]!) })],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+ arguments?) but got (\d+)\.$/,
    (m, l) =>
      say(l, 'help.error.tooManyArguments', {
        for: m[1] ? say(l, 'help.error.for', { command: m[1] }) : '',
        expected: l === 'en' ? m[2]! : m[2]!.replace(/ .*/, ''),
        got: m[3]!,
      }),
  ],
  [/^\(Did you mean one of (.+)\?\)$/, (m, l) => say(l, 'help.error.didYouMeanOneOf', { names: m[1]! })],
  [/^\(Did you mean (.+)\?\)$/, (m, l) => say(l, 'help.error.didYouMean', { names: m[1]! })],
];

/** One of commander's error messages (one or more lines) in `lang`. */
export function commanderError(lang: Lang, text: string): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, said] of ERRORS) {
        const m = pattern.exec(line);
        if (m) return said(m, lang);
      }
      return line;
    })
    .join('\n');
}

/** Sets commander's words on `program` (before its commands are made: they inherit them). */
export function speak(program: Command, lang: Lang): Command {
  const output: OutputConfiguration = { outputError: (text, write) => write(commanderError(lang, text)) };
  return (
    program
      .configureHelp(helpIn(lang))
      .configureOutput(output)
      .helpOption('-h, --help', say(lang, 'help.--help'))
      // The help command's words, for the commands that have one (outbox, users…); angio itself has
      // none (without a command it starts the screen), so it is switched off again here.
      .helpCommand('help [command]', say(lang, 'help.--help'))
      .helpCommand(false)
      .showHelpAfterError(say(lang, 'help.afterError'))
  );
}
