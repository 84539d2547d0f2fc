/**
 * The Settings screen: the user's own settings (language, author defaults, RIZIV number) and the
 * site's (hospital, default author group, endpoints; admin only). A list of settings, one line
 * each, edited in place; Ctrl+S checks every value and saves, or says what is wrong and saves
 * nothing. (Why not ink-form: docs/decisions.md#why-not-ink-form.)
 */
import { Box, Text } from 'ink';
import { settingDefinition, type SettingValues } from '../config/index.js';
import { actionFor, footerHints, isTyping } from '../keymap.js';
import { say, type MessageId } from '../messages.js';
import type { Lang } from '../registry/index.js';
import { fit } from './format.js';
import { useServices } from './services.js';
import { StatusLine, type Notice } from './status-line.js';
import { useKeys } from './use-keys.js';
import { useLiveState } from './use-live-state.js';
import { useState } from 'react';

/** Every setting by key, and the user's own RIZIV number. */
export type SettingsValues = SettingValues & { riziv: string };

export interface SettingsPort {
  load(): SettingsValues;
  /** Saves, or says why not in `lang`: the problems, one sentence (nothing is saved then). */
  save(values: SettingsValues, lang: Lang): Promise<string | undefined>;
}

type Key = keyof SettingsValues;
type Group = 'settings.group.you' | 'settings.group.site';
/** The lines in screen order; which group a setting is in comes from its scope in the settings schema. */
const LINE_LABELS: [Key, MessageId][] = [
  ['language', 'settings.language'],
  ['author.author', 'settings.author.author'],
  ['author.coauthor', 'settings.author.coauthor'],
  ['riziv', 'settings.riziv'],
  ['hospital.name', 'settings.hospital.name'],
  ['hospital.inami', 'settings.hospital.inami'],
  ['author.group', 'settings.author.group'],
  ['endpoints.healthdata', 'settings.endpoints.healthdata'],
  ['endpoints.cin', 'settings.endpoints.cin'],
];
const LINES: { key: Key; label: MessageId; group: Group; choices?: readonly string[] }[] = LINE_LABELS.map(([key, label]) => {
  if (key === 'riziv') return { key, label, group: 'settings.group.you' };
  const d = settingDefinition(key);
  return {
    key,
    label,
    group: d.scope === 'site' ? 'settings.group.site' : 'settings.group.you',
    ...(d.rule.kind === 'choice' ? { choices: d.rule.values } : {}),
  };
});

/** The label column: the longest label of the language and a space. */
const labelWidth = (lang: Lang) => Math.max(...LINES.map((l) => [...say(lang, l.label)].length)) + 1;

/** A choice as the line shows it: a language by its own name, any other value as it is. */
const choiceText = (key: Key, value: string) =>
  key === 'language' && (value === 'en' || value === 'nl' || value === 'fr') ? say('en', `lang.${value}`) : value;

export interface SettingsScreenProps {
  port: SettingsPort;
  isActive: boolean;
  /** Back to the table, with the language the user saved here, if they changed it. */
  onBack: (language?: string) => void;
}

export function SettingsScreen({ port, isActive, onBack }: SettingsScreenProps) {
  const { size, lang } = useServices();
  const [values, setValues] = useLiveState<SettingsValues>(port.load());
  // The language the screen opened with: only a saved change of it changes the app's, so that
  // --lang or ANGIO_LANG keeps its word when the settings are merely looked at.
  const [language] = useState(() => values().language);
  const [saved, setSaved] = useLiveState<string | undefined>(undefined);
  const [at, setAt] = useLiveState(0);
  const [editing, setEditing] = useLiveState<string | undefined>(undefined);
  const [notice, setNotice] = useLiveState<Notice | undefined>(undefined);

  useKeys(
    (input, key) => {
      const a = actionFor('settings', input, key);
      const line = LINES[at()]!;
      const buffer = editing();
      if (buffer !== undefined) {
        if (a === 'settings.edit') {
          setValues({ ...values(), [line.key]: buffer.trim() });
          setEditing(undefined);
        } else if (a === 'settings.back') setEditing(undefined);
        else if (a === 'settings.erase') setEditing(buffer.slice(0, -1));
        else if (isTyping(input, key)) setEditing(buffer + input);
        return;
      }
      if (a === 'settings.down') setAt((i) => (i + 1) % LINES.length);
      else if (a === 'settings.up') setAt((i) => (i + LINES.length - 1) % LINES.length);
      else if (a === 'settings.choose' && line.choices) {
        const c = line.choices;
        setValues({ ...values(), [line.key]: c[(c.indexOf(values()[line.key]) + (key.leftArrow ? c.length - 1 : 1)) % c.length]! });
      } else if (a === 'settings.edit' && !line.choices) setEditing(values()[line.key]);
      else if (a === 'settings.save') {
        const toSave = values();
        void port.save(toSave, lang).then(
          (why) => {
            if (why) return setNotice({ text: say(lang, 'settings.notSaved', { why }), tone: 'error' });
            setNotice({ text: say(lang, 'settings.saved'), tone: 'success' });
            setSaved(toSave.language);
          },
          (e: Error) => setNotice({ text: say(lang, 'settings.notSaved', { why: e.message }), tone: 'error' }),
        );
      } else if (a === 'settings.back') onBack(saved() !== undefined && saved() !== language ? saved() : undefined);
    },
    { isActive },
  );

  const v = values();
  const width = labelWidth(lang);
  let group = '';
  const rows: { text: string; bold?: boolean; focused?: boolean }[] = [];
  LINES.forEach((line, i) => {
    if (line.group !== group) {
      group = line.group;
      rows.push({ text: say(lang, line.group), bold: true });
    }
    const value = v[line.key];
    const shown =
      i === at() && editing() !== undefined ? `${editing()}▏` : line.choices ? `‹ ${choiceText(line.key, value)} ›` : value || '·';
    rows.push({ text: `${i === at() ? '›' : ' '} ${fit(say(lang, line.label), width)} ${shown}`, focused: i === at() });
  });
  return (
    <Box flexDirection="column" height={size.rows}>
      <Text bold>{say(lang, 'settings.title')}</Text>
      <Box flexDirection="column" flexGrow={1}>
        {rows.map((r, i) => (
          <Text key={i} bold={r.bold ?? r.focused ?? false} inverse={r.focused ?? false} wrap="truncate">
            {r.text}
          </Text>
        ))}
      </Box>
      <StatusLine notice={notice()} />
      <Text dimColor wrap="truncate">
        {footerHints('settings', lang)}
      </Text>
    </Box>
  );
}
