/**
 * The Settings screen: the user's own settings (language, author defaults, RIZIV number) and the
 * site's (hospital, default author group, endpoints; admin only). A list of settings, one line
 * each, edited in place; Ctrl+S checks every value and saves, or says what is wrong and saves
 * nothing. (ink-form was tried first: see the README's note on it.)
 */
import { Box, Text } from 'ink';
import { actionFor, footerHints, isTyping } from '../keymap.js';
import { useServices } from './services.js';
import { StatusLine, type Notice } from './status-line.js';
import { useKeys } from './use-keys.js';
import { useLiveState } from './use-live-state.js';

export interface SettingsValues {
  language: string;
  hospitalName: string;
  hospitalInami: string;
  authorGroup: string;
  author: string;
  coauthor: string;
  riziv: string;
  healthdataUrl: string;
  cinUrl: string;
}

export interface SettingsPort {
  load(): SettingsValues;
  /** Saves, or says why not (nothing is saved then). */
  save(values: SettingsValues): Promise<string | undefined>;
}

type Key = keyof SettingsValues;
const LINES: { key: Key; label: string; group: 'You' | 'Hospital (admin)'; choices?: string[] }[] = [
  { key: 'language', label: 'Language of labels', group: 'You', choices: ['en', 'nl', 'fr'] },
  { key: 'author', label: 'Author (TX_AUTHOR), e-mail', group: 'You' },
  { key: 'coauthor', label: 'Co-author (TX_COAUTHOR)', group: 'You' },
  { key: 'riziv', label: 'Your RIZIV/INAMI number', group: 'You' },
  { key: 'hospitalName', label: 'Hospital name', group: 'Hospital (admin)' },
  { key: 'hospitalInami', label: 'INAMI institution number', group: 'Hospital (admin)' },
  { key: 'authorGroup', label: 'Default author group', group: 'Hospital (admin)' },
  { key: 'healthdataUrl', label: 'Healthdata endpoint URL', group: 'Hospital (admin)' },
  { key: 'cinUrl', label: 'Insurers (CIN/NIC) endpoint URL', group: 'Hospital (admin)' },
];

export function SettingsScreen({ port, isActive, onBack }: { port: SettingsPort; isActive: boolean; onBack: () => void }) {
  const { size } = useServices();
  const [values, setValues] = useLiveState<SettingsValues>(port.load());
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
        void port.save(values()).then(
          (why) => setNotice(why ? { text: why, tone: 'error' } : { text: 'Settings saved.', tone: 'success' }),
          (e: Error) => setNotice({ text: `Not saved: ${e.message}`, tone: 'error' }),
        );
      } else if (a === 'settings.back') onBack();
    },
    { isActive },
  );

  const v = values();
  let group = '';
  const rows: { text: string; bold?: boolean; focused?: boolean }[] = [];
  LINES.forEach((line, i) => {
    if (line.group !== group) {
      group = line.group;
      rows.push({ text: group, bold: true });
    }
    const shown = i === at() && editing() !== undefined ? `${editing()}▏` : line.choices ? `‹ ${v[line.key]} ›` : v[line.key] || '·';
    rows.push({ text: `${i === at() ? '›' : ' '} ${line.label.padEnd(32)} ${shown}`, focused: i === at() });
  });
  return (
    <Box flexDirection="column" height={size.rows}>
      <Text bold>Settings</Text>
      <Box flexDirection="column" flexGrow={1}>
        {rows.map((r, i) => (
          <Text key={i} bold={r.bold ?? r.focused ?? false} inverse={r.focused ?? false} wrap="truncate">
            {r.text}
          </Text>
        ))}
      </Box>
      <StatusLine notice={notice()} />
      <Text dimColor wrap="truncate">
        {footerHints('settings')}
      </Text>
    </Box>
  );
}
