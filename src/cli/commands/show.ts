/** `angio show ID` and `angio validate ID`: one registration, and what is still missing before it can be sent. */
import type { Command } from 'commander';
import { say, type MessageId } from '../../messages.js';
import { dateTimeText, displayValue, formOf, type Lang } from '../../registry/index.js';
import { sentWarningsOf, type AuditEntry } from '../../store/index.js';
import {
  formatProblems,
  hasErrors,
  maskedChange,
  maskedData,
  maskedValue,
  readinessProblems,
  warningProblem,
} from '../../validation/index.js';
import { EXIT, UsageError, withSession, type GlobalOptions, type Session } from '../context.js';
import { dmy, patientLabel, problemLine, registrationId, table } from '../format.js';
import { statusWord } from './list.js';

const HISTORY_SHOWN = 20;
const truncate = (text: string, n: number) => (text.length > n ? text.slice(0, n - 1) + '…' : text);

const AUDIT_ACTIONS = new Set([
  'create',
  'save',
  'send',
  'delete',
  'start-correction',
  'save-correction',
  'discard-correction',
  'resubmit',
  'helpdesk-request',
]);

/** One audit entry on a line: when, who, what, and which fields (values stay in --json: they may be personal). */
function historyLine(h: AuditEntry, lang: Lang): string {
  const fields = h.changes.map((c) => c.field);
  const which =
    fields.length === 0 ? '' : fields.length <= 4 ? `: ${fields.join(', ')}` : `: ${say(lang, 'cli.show.fields', { n: fields.length })}`;
  const action = AUDIT_ACTIONS.has(h.action) ? say(lang, `cli.audit.${h.action}` as MessageId) : h.action;
  return `${dateTimeText(h.at)}  ${h.user}  ${action}${which}`;
}

function load(s: Session, idText: string) {
  const id = registrationId(idText, s.lang);
  const r = s.core.store.get(id);
  if (!r) throw new UsageError(say(s.lang, 'cli.noRegistration', { id }));
  const form = formOf(r.type, r.formVersion);
  const problems =
    r.status === 'open' ? readinessProblems(form, r.data, { lists: s.core.store.lists, today: s.core.store.clock.today() }) : [];
  return { r, form, problems };
}

export function registerShow(program: Command, lang: Lang) {
  program
    .command('show <id>')
    .description(say(lang, 'help.show'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (idText: string, o: { json?: boolean }, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        const { r, form, problems } = load(s, idText);
        if (o.json) {
          // Personal answers are masked here as on every screen (the catalogue's `personal` flag).
          const entries = s.core.store.history(r.id);
          const history = entries.map((h) => ({ ...h, changes: h.changes.map((c) => maskedChange(form, c)) }));
          const shown = {
            ...r,
            patientKey: patientLabel(r.patientKey),
            data: maskedData(form, r.data),
            correctionData: r.correctionData && maskedData(form, r.correctionData),
            history,
            missing: formatProblems(problems, s.lang),
            sentWithWarnings: formatProblems(sentWarningsOf(entries).map(warningProblem), s.lang),
          };
          console.log(JSON.stringify(shown, null, 1));
          return;
        }
        console.log(
          `#${r.id} ${r.type} v${r.formVersion} · ${statusWord(lang, r.status)}${r.registrationCode ? ` · ${r.registrationCode}` : ''}`,
        );
        console.log(
          say(lang, 'cli.show.patient', {
            patient: patientLabel(r.patientKey),
            date: dmy(r.keyDate),
            filled: r.requiredFilled,
            total: r.requiredTotal,
          }),
        );
        const { createdBy, updatedBy } = r;
        console.log(
          say(lang, 'cli.show.created', {
            createdAt: dateTimeText(r.createdAt),
            createdBy,
            updatedAt: dateTimeText(r.updatedAt),
            updatedBy,
          }),
        );
        if (r.status === 'sent')
          console.log(
            say(lang, 'cli.show.delivery', { delivery: say(lang, `cli.delivery.${r.delivery}`) }) +
              (r.submissions > 1 ? say(lang, 'cli.show.submitted', { n: r.submissions }) : ''),
          );
        for (const step of form.steps) {
          const fields = form.fields.filter((f) => f.step === step.id && r.data[f.id] !== undefined);
          if (!fields.length) continue;
          console.log(step.title[s.lang]);
          console.log(
            table(fields.map((f) => ['', f.id, truncate(f.label[s.lang], 40), displayValue(f, maskedValue(f, r.data[f.id]), s.lang)])),
          );
        }
        const history = s.core.store.history(r.id);
        const sentWith = sentWarningsOf(history).map(warningProblem);
        if (sentWith.length) {
          console.log(say(lang, 'cli.show.sentWith', { n: sentWith.length }));
          for (const p of sentWith) console.log('  ' + problemLine(form, p, s.lang));
        }
        console.log(say(lang, 'cli.show.history', { n: history.length }));
        for (const h of history.slice(-HISTORY_SHOWN)) console.log('  ' + historyLine(h, lang));
        if (history.length > HISTORY_SHOWN)
          console.log('  ' + say(lang, 'cli.show.earlier', { n: history.length - HISTORY_SHOWN, id: r.id }));
        if (r.status === 'open') {
          console.log(problems.length ? say(lang, 'cli.show.missing', { n: problems.length }) : say(lang, 'cli.show.ready'));
          for (const p of problems) console.log('  ' + problemLine(form, p, s.lang));
        }
      });
    });

  program
    .command('validate <id>')
    .description(say(lang, 'help.validate'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (idText: string, o: { json?: boolean }, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        const { r, form, problems } = load(s, idText);
        if (o.json)
          console.log(
            JSON.stringify(
              { id: r.id, status: r.status, valid: !hasErrors(problems), problems: formatProblems(problems, s.lang) },
              null,
              1,
            ),
          );
        else if (problems.length === 0) console.log(say(lang, 'cli.validate.ok', { id: r.id }));
        else for (const p of problems) console.log(problemLine(form, p, s.lang));
        if (hasErrors(problems)) process.exitCode = EXIT.problems;
      });
    });
}
