/**
 * The actions with consequences, shared by the table, the review and the record view: send
 * (with the consent of an optional registration first), resubmit a correction, delete. Each asks
 * for confirmation, runs one operation of the core and reports its result on the status line.
 */
import { binding, keysLabel } from '../keymap.js';
import { say, type MessageId } from '../messages.js';
import type { Lang } from '../registry/index.js';
import type { Operations } from '../operations/index.js';
import type { RegistrationStore } from '../store/index.js';
import type { Problem } from '../validation/index.js';
import { errorText } from './refusals.js';
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
  const fail = (e: unknown) => d.notify({ text: errorText(d.lang, e), tone: 'error' });
  const words = (id: MessageId, params?: Record<string, string | number>) => say(d.lang, id, params);
  const cannot = (id: number, n: number) =>
    d.notify({ text: words('app.cannotSend', { id, n, key: keysLabel(binding('form.review'), 1, d.lang) }), tone: 'error' });

  function recordConsent(id: number, field: string, then?: () => void) {
    d.ask(
      words('app.consentQuestion'),
      () => {
        try {
          d.ops.recordConsent(d.user, { id, field });
          d.onChanged();
          if (then) then();
          else d.notify({ text: words('app.consentRecorded'), tone: 'success' });
        } catch (e) {
          fail(e);
        }
      },
      words('app.consentDetail'),
    );
  }

  function confirmSend(id: number) {
    d.ask(
      words('app.sendQuestion', { id }),
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
      words('app.sendDetail'),
    );
  }

  function confirmResubmit(id: number) {
    d.ask(
      words('app.resubmitQuestion', { id }),
      () => {
        try {
          const res = d.ops.resubmitCorrection(d.user, { id });
          d.onChanged();
          if (res.ok) return d.onSent(id, res.registration.registrationCode!);
          if (res.reason === 'invalid') return cannot(id, res.problems.length);
          const fields = res.changes.map((c) => c.field).join(', ');
          d.notify({
            text: res.file ? words('app.businessKeyFile', { fields, file: res.file }) : words('app.businessKey', { fields }),
            tone: 'error',
          });
        } catch (e) {
          fail(e);
        }
      },
      words('app.resubmitDetail'),
    );
  }

  return {
    recordConsent,
    /** Sends an Open registration or resubmits a correction, given the problems it still has. */
    send(id: number, problems: Problem[]) {
      d.notify(undefined);
      const consent = problems.find((p) => p.code === 'consent_required');
      const blocking = problems.filter((p) => p.severity === 'error' && p.code !== 'consent_required');
      // The count is the review's (consent included): the same number on both screens.
      if (blocking.length) return cannot(id, problems.filter((p) => p.severity === 'error').length);
      const go = () => (d.store.mustGet(id).status === 'sent' ? confirmResubmit(id) : confirmSend(id));
      if (consent) recordConsent(id, consent.field, go);
      else go();
    },
    delete(id: number) {
      d.ask(
        words('app.deleteQuestion', { id }),
        () => {
          try {
            d.ops.deleteRegistration(d.user, { id });
            d.onChanged();
            d.notify({ text: words('app.deleted', { id }), tone: 'success' });
          } catch (e) {
            fail(e);
          }
        },
        words('app.deleteDetail'),
      );
    },
    discardCorrection(id: number) {
      d.ask(words('app.discardQuestion', { id }), () => {
        try {
          d.ops.discardCorrection(d.user, { id });
          d.onChanged();
          d.notify({ text: words('app.discarded'), tone: 'success' });
        } catch (e) {
          fail(e);
        }
      });
    },
  };
}
