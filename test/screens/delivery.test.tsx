import { afterEach, describe, expect, test } from 'vitest';
import { createReceiver, type Receiver } from '../../src/receiver/receiver.js';
import { completeP } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';

const receivers: Receiver[] = [];
afterEach(async () => {
  while (receivers.length) await receivers.pop()!.close();
});

describe('delivery and corrections in the terminal UI', () => {
  test('without an endpoint the table says the outbox waits; nothing looks delivered', async () => {
    const app = await renderApp();
    const r = app.store.create({ type: 'P', data: completeP(), user: 'a' });
    app.sender.send(r.id, { user: 'a' });
    await app.press('t', 't', 't', 't', 't');
    expect(app.frame()).toContain('outbox 2 waiting: no endpoint configured');
    expect(app.frame()).toMatch(/AG-\S+ +P .* Sent +pending/);
  });

  test('with an endpoint, a send is delivered in the background and shows as delivered', async () => {
    const receiver = createReceiver();
    receivers.push(receiver);
    const base = await receiver.listen(0);
    const app = await renderApp({ endpoints: { healthdata: `${base}/healthdata`, cin: `${base}/cin` } });
    app.store.create({ type: 'P', data: completeP(), user: 'a' });
    await app.press('t', 't', 't', 't', 't', 's', 'y');
    expect(app.frame()).toContain('Registration #1 is sent');
    await app.press(KEY.enter);
    await app.waitFor(/Delivery: delivered/);
    expect(app.frame()).toMatch(/healthdata +registration +delivered/);
    expect(receiver.received()).toHaveLength(2);
  });

  test('a Sent registration is corrected by a full resubmission with the same code', async () => {
    const app = await renderApp({ rows: 30 });
    const r = app.store.create({ type: 'P', data: completeP(), user: 'a' });
    app.sender.send(r.id, { user: 'a' });
    const code = app.store.mustGet(r.id).registrationCode!;
    await app.press('t', 't', 't', 't', 't', KEY.enter);
    expect(app.frame()).toContain('corrected by a full resubmission (c)');
    await app.press('c');
    expect(app.frame()).toMatch(new RegExp(`#1 P · .* correcting ${code}`));
    await app.press(KEY.pageDown, KEY.pageDown, KEY.down, KEY.down, KEY.down, KEY.ctrlX);
    await app.type('84');
    await app.press(KEY.enter, KEY.ctrlR);
    expect(app.frame()).toContain('ready to send');
    await app.press('s');
    expect(app.frame()).toContain('Resubmit the correction of #1?');
    await app.press('y');
    expect(app.frame()).toContain(code);
    const after = app.store.mustGet(r.id);
    expect(after).toMatchObject({ registrationCode: code, submissions: 2, correctionData: undefined });
    expect(after.data.MS_PAT_WGHT).toBe(84);
    expect(app.outbox.ofRegistration(r.id).filter((i) => i.kind === 'correction')).toHaveLength(1);
  });

  test('changing the admission date of a Sent registration is refused with a helpdesk request', async () => {
    const app = await renderApp({ rows: 30, columns: 100 });
    const r = app.store.create({ type: 'P', data: completeP(), user: 'a' });
    app.sender.send(r.id, { user: 'a' });
    await app.press('t', 't', 't', 't', 't', KEY.enter, 'c', KEY.pageDown, KEY.pageDown, KEY.ctrlX);
    await app.type('09/03/2026');
    await app.press(KEY.enter, KEY.ctrlR, 's', 'y');
    expect(app.frame()).toMatch(/A business-key field changed \(DT_HOSPZ\): not resubmitted; a helpdesk request was written/);
    expect(app.store.mustGet(r.id).data.DT_HOSPZ).toBe('2026-03-10');
    expect(app.store.history(r.id).at(-1)!.action).toBe('helpdesk-request');
  });
});
