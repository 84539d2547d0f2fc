/**
 * Import a CSV file from the TUI: choose the file, the type and the mode, watch the progress bar,
 * then read the report row by row (filter it, open the registration of a row). The results file is
 * written next to the input, as with `angio import`.
 */
import { Box, Text } from 'ink';
import { ProgressBar } from '@inkjs/ui';
import { actionFor, footerHints, isTyping } from '../keymap.js';
import { labelled, say } from '../messages.js';
import { TYPE_CODES, type Lang, type TypeCode } from '../registry/index.js';
import type { ImportMode, ImportReport, RowReport } from '../exchange/import.js';
import { OutputFileProblem } from '../exchange/output-file.js';
import {
  csvSyntaxSentence,
  fileProblemSentence,
  inputFileSentence,
  outputFileSentence,
  rowFieldText,
  rowProblemSentence,
} from '../session/problems.js';
import { FileProblem } from '../exchange/csv-header.js';
import { InputFileProblem } from '../exchange/input-file.js';
import { errorText } from './refusals.js';
import { CsvSyntaxError } from '../exchange/csv-rows.js';
import { clip, fit } from './format.js';
import { useServices } from './services.js';
import { StatusLine } from './status-line.js';
import { colour } from './theme.js';
import { useKeys } from './use-keys.js';
import { useLiveState } from './use-live-state.js';

export type ImportRunner = (
  file: string,
  type: TypeCode,
  mode: ImportMode,
  onProgress: (fraction: number, rows: number) => void,
  o: { replaceResults: boolean; lang?: Lang },
) => Promise<ImportReport & { resultsFile: string | null }>;

const MODES: ImportMode[] = ['valid-only', 'dry-run', 'all-or-nothing'];
const FILTERS = ['all', 'rejected', 'written'] as const;
/** The setup's labels: as wide as the longest in the language. */
const LABELS = ['import.file', 'import.type', 'import.mode'] as const;

type Phase =
  | { kind: 'setup'; error?: string; replaceResults?: string }
  | { kind: 'running'; fraction: number; rows: number }
  | { kind: 'report'; report: ImportReport & { resultsFile: string | null } };

export function ImportScreen({
  isActive,
  run,
  onOpen,
  onBack,
}: {
  isActive: boolean;
  run: ImportRunner;
  onOpen: (id: number) => void;
  onBack: () => void;
}) {
  const { size, lang } = useServices();
  const [setup, setSetup] = useLiveState({ file: '', type: 'P' as TypeCode, mode: 'valid-only' as ImportMode, at: 0 });
  const [phase, setPhase] = useLiveState<Phase>({ kind: 'setup' });
  const [cursor, setCursor] = useLiveState(0);
  const [filter, setFilter] = useLiveState<(typeof FILTERS)[number]>('all');

  const rowsShown = (): RowReport[] => {
    const p = phase();
    if (p.kind !== 'report') return [];
    const f = filter();
    return p.report.details.filter(
      (d) => f === 'all' || (f === 'rejected' ? d.outcome === 'rejected' : d.id !== undefined && d.outcome !== 'rejected'),
    );
  };

  const start = () => {
    const s = setup();
    const file = s.file.trim();
    if (!file) return setPhase({ kind: 'setup', error: say(lang, 'import.noFile') });
    const before = phase();
    // The results file of an earlier import is replaced only when Enter is pressed a second time.
    const replaceResults = before.kind === 'setup' && before.replaceResults === file;
    setPhase({ kind: 'running', fraction: 0, rows: 0 });
    run(file, s.type, s.mode, (fraction, rows) => setPhase({ kind: 'running', fraction, rows }), { replaceResults, lang })
      .then((report) => {
        setCursor(0);
        setPhase({ kind: 'report', report });
      })
      .catch((e: Error) =>
        setPhase(
          e instanceof OutputFileProblem && e.kind === 'exists'
            ? {
                kind: 'setup',
                error: say(lang, 'import.replaceResults', { problem: outputFileSentence(lang, e) }),
                replaceResults: file,
              }
            : { kind: 'setup', error: problemSentence(lang, e) },
        ),
      );
  };

  useKeys(
    (input, key) => {
      const p = phase();
      if (p.kind === 'running') return;
      if (p.kind === 'report') {
        const a = actionFor('report', input, key);
        const rows = rowsShown();
        if (a === 'report.down') setCursor((c) => Math.min(c + 1, Math.max(0, rows.length - 1)));
        else if (a === 'report.up') setCursor((c) => Math.max(0, c - 1));
        else if (a === 'report.filter') {
          setFilter((f) => FILTERS[(FILTERS.indexOf(f) + 1) % FILTERS.length]!);
          setCursor(0);
        } else if (a === 'report.open') {
          const id = rows[cursor()]?.id;
          if (id) onOpen(id);
        } else if (a === 'report.back') onBack();
        return;
      }
      const a = actionFor('import', input, key);
      const s = setup();
      if (a === 'import.start') return start();
      if (a === 'import.back') return onBack();
      if (a === 'import.next') return setSetup({ ...s, at: (s.at + 1) % 3 });
      if (a === 'import.prev') return setSetup({ ...s, at: (s.at + 2) % 3 });
      if (s.at === 0 && a === 'import.erase') return setSetup({ ...s, file: s.file.slice(0, -1) });
      if (s.at === 0 && isTyping(input, key)) return setSetup({ ...s, file: s.file + input });
      if (a === 'import.change') {
        const step = key.leftArrow ? -1 : 1;
        if (s.at === 1) setSetup({ ...s, type: TYPE_CODES[(TYPE_CODES.indexOf(s.type) + step + TYPE_CODES.length) % TYPE_CODES.length]! });
        if (s.at === 2) setSetup({ ...s, mode: MODES[(MODES.indexOf(s.mode) + step + MODES.length) % MODES.length]! });
      }
    },
    { isActive },
  );

  const p = phase();
  const s = setup();
  if (p.kind === 'report') {
    const rows = rowsShown();
    const room = Math.max(1, size.rows - 6);
    const at = Math.min(cursor(), Math.max(0, rows.length - 1));
    const top = Math.max(0, Math.min(at - Math.floor(room / 2), rows.length - room));
    const counts =
      Object.entries(p.report.counts)
        .map(([k, n]) => say(lang, 'import.count', { n, outcome: say(lang, `outcome.${k as keyof typeof p.report.counts}`) }))
        .join(', ') || say(lang, 'import.noRows');
    const outcome = Math.max(
      ...Object.keys(p.report.counts).map((k) => say(lang, `outcome.${k as keyof typeof p.report.counts}`).length),
      0,
    );
    return (
      <Box flexDirection="column" height={size.rows}>
        <Text bold wrap="truncate">
          {`${say(lang, 'import.report', { type: p.report.type, n: p.report.rows, counts })}${p.report.written ? '' : ` ${say(lang, 'import.nothingWritten')}`}`}
        </Text>
        <Text wrap="truncate">
          {`${say(lang, 'import.showing', { filter: say(lang, `import.filter.${filter()}`) })}${p.report.resultsFile ? ` · ${say(lang, 'import.resultsFile', { file: p.report.resultsFile })}` : ''}`}
        </Text>
        <Box flexDirection="column" height={room} flexShrink={0}>
          {rows.length === 0 ? <Text dimColor>{say(lang, 'import.noRowShown')}</Text> : null}
          {rows.slice(top, top + room).map((d, i) => {
            const errors = d.problems.filter((x) => x.severity === 'error');
            const text = `${fit(say(lang, 'import.line', { n: d.line }), 11)} ${fit(say(lang, `outcome.${d.outcome}`), outcome)} ${d.registrationCode ?? (d.id ? `#${d.id}` : '')}  ${errors
              .slice(0, 2)
              .map((x) => labelled(lang, rowFieldText(lang, x.field), rowProblemSentence(lang, x)))
              .join(say(lang, 'cli.import.separator'))}${errors.length > 2 ? ` (+${errors.length - 2})` : ''}`;
            return (
              <Text
                key={`${d.line}:${i}`}
                inverse={top + i === at}
                color={colour(d.outcome === 'rejected' ? 'error' : undefined)}
                wrap="truncate"
              >{`${top + i === at ? '›' : ' '}${text}`}</Text>
            );
          })}
        </Box>
        <StatusLine notice={undefined} />
        <Text dimColor wrap="truncate">
          {footerHints('report', lang)}
        </Text>
      </Box>
    );
  }
  const labels = Math.max(...LABELS.map((l) => say(lang, l).length));
  const line = (i: number, value: string) => (
    <Text inverse={p.kind === 'setup' && s.at === i} wrap="truncate">
      {`${s.at === i ? '›' : ' '} ${fit(say(lang, LABELS[i]!), labels)} ${value}`}
    </Text>
  );
  return (
    <Box flexDirection="column" height={size.rows}>
      <Text bold wrap="truncate">
        {say(lang, 'import.title')}
      </Text>
      {line(0, `${s.file}${s.at === 0 ? '▏' : ''}`)}
      {line(1, `‹ ${s.type} ›`)}
      {line(2, `‹ ${say(lang, `import.mode.${s.mode}`)} ›`)}
      <Text dimColor>{say(lang, 'import.explain')}</Text>
      {p.kind === 'running' ? (
        <Box>
          <Text>{`${clip(say(lang, 'import.running', { n: p.rows }), size.columns - 32)} `}</Text>
          <Box width={30}>
            <ProgressBar value={Math.round(p.fraction * 100)} />
          </Box>
        </Box>
      ) : null}
      {p.kind === 'setup' && p.error ? <Text color={colour('error')} wrap="wrap">{`✗ ${p.error}`}</Text> : null}
      <Box flexGrow={1} />
      <Text dimColor wrap="truncate">
        {footerHints('import', lang)}
      </Text>
    </Box>
  );
}

/** Why an import did not start or stopped, in the user's language when the core said it as data. */
function problemSentence(lang: Lang, e: Error): string {
  if (e instanceof InputFileProblem) return inputFileSentence(lang, e);
  if (e instanceof OutputFileProblem) return outputFileSentence(lang, e);
  if (e instanceof FileProblem) return fileProblemSentence(lang, e);
  if (e instanceof CsvSyntaxError) return csvSyntaxSentence(lang, e);
  return errorText(lang, e);
}
