/**
 * The actions with consequences, shared by the table, the review and the record view: send
 * (with the consent of an optional registration first), resubmit a correction, delete. Each asks
 * for confirmation, runs one operation of the core and reports its result on the status line.
 */
import type { Lang } from '../registry/index.js';
import type { Operations } from '../operations/index.js';
import type { RegistrationStore } from '../store/index.js';
import type { Problem } from '../validation/index.js';
import type { Notice } from './status-line.js';

export interface ActionDeps {
  store: RegistrationStore;
  ops: Operations;
  user: string;
  lang: Lang;
  ask: (question: string, onYes: () => void, detail?: string) => void;
  notify: (n: Notice | undefined) => void;
  /** After a registration was sent or resubmitted: show its code, deliver soon. */
  onSent: (id: number, code: string) => void;
  onChanged: () => void;
}

export function registrationActions(d: ActionDeps) {
  const fail = (e: unknown) => d.notify({ text: e instanceof Error ? e.message : String(e), tone: 'error' });
  const cannot = (id: number, n: number) =>
    d.notify({ text: `#${id} cannot be sent yet: ${n} problem(s). Open it and review (Ctrl+R).`, tone: 'error' });

  function recordConsent(id: number, field: string, then?: () => void) {
    d.ask(
      'This registration is optional: does the patient consent to sharing the data?',
      () => {
        try {
          d.ops.recordConsent(d.user, { id, field });
          d.onChanged();
          if (then) then();
          else d.notify({ text: 'Consent recorded.', tone: 'success' });
        } catch (e) {
          fail(e);
        }
      },
      'Without consent an optional registration is not sent (answer n to keep it as it is).',
    );
  }

  function confirmSend(id: number) {
    d.ask(
      `Send registration #${id}?`,
      () => {
        try {
          const res = d.ops.sendRegistration(d.user, { id });
          if (!res.ok) return cannot(id, res.problems.length);
          d.onChanged();
          d.onSent(id, res.registration.registrationCode!);
        } catch (e) {
          fail(e);
        }
      },
      'After sending it can no longer be edited; a correction is a full resubmission.',
    );
  }

  function confirmResubmit(id: number) {
    d.ask(
      `Resubmit the correction of #${id}?`,
      () => {
        try {
          const res = d.ops.resubmitCorrection(d.user, { id });
          d.onChanged();
          if (res.ok) return d.onSent(id, res.registration.registrationCode!);
          if (res.reason === 'invalid') return cannot(id, res.problems.length);
          d.notify({
            text: `A business-key field changed (${res.changes.map((c) => c.field).join(', ')}): not resubmitted; a helpdesk request was written${res.file ? ` to ${res.file}` : ''}.`,
            tone: 'error',
          });
        } catch (e) {
          fail(e);
        }
      },
      'The whole registration is sent again with the same code; the previous version stays in its history.',
    );
  }

  return {
    recordConsent,
    /** Sends an Open registration or resubmits a correction, given the problems it still has. */
    send(id: number, problems: Problem[]) {
      d.notify(undefined);
      const consent = problems.find((p) => p.code === 'consent_required');
      const blocking = problems.filter((p) => p.severity === 'error' && p.code !== 'consent_required');
      if (blocking.length) return cannot(id, blocking.length);
      const go = () => (d.store.mustGet(id).status === 'sent' ? confirmResubmit(id) : confirmSend(id));
      if (consent) recordConsent(id, consent.field, go);
      else go();
    },
    delete(id: number) {
      d.ask(
        `Delete registration #${id}?`,
        () => {
          try {
            d.ops.deleteRegistration(d.user, { id });
            d.onChanged();
            d.notify({ text: `#${id} deleted (kept for audit; shown with the Deleted filter).`, tone: 'success' });
          } catch (e) {
            fail(e);
          }
        },
        'A deleted registration is kept for audit but can no longer be edited or sent.',
      );
    },
    discardCorrection(id: number) {
      d.ask(`Discard the correction of #${id}?`, () => {
        try {
          d.ops.discardCorrection(d.user, { id });
          d.onChanged();
          d.notify({ text: 'Correction discarded; the Sent version is unchanged.', tone: 'success' });
        } catch (e) {
          fail(e);
        }
      });
    },
  };
}
