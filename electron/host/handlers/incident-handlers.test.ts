import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestInput } from '../../contract';
import { replayDrill } from '../../engine/drill';
import { ACTION_TYPES } from '../../engine/scenario';
import type { Backend } from '../backend';
import { startedBackend, valueOf } from './handler-testing';

const MINUTE = 60_000;

let backend: Backend;
beforeEach(async () => {
  backend = await startedBackend();
});
afterEach(() => backend.close());

const session = () => backend.context.session!;
const advance = (ms: number) => session().advanceTo(session().drill.now + ms);
const incident = async () => valueOf(await backend.invoke('incident.view', {}));
const post = (text: string, channel: RequestInput<'chat.post'>['channel'] = 'incident', replyTo?: string) =>
  backend.invoke('chat.post', { channel, text, ...(replyTo === undefined ? {} : { replyTo }) });
const eventTypes = () => session().events().map((e) => e.type);

const declare = () => backend.invoke('incident.declare', { title: 'Checkout payments failing', severity: 'SEV2', impact: 'About 30% of checkouts fail', services: ['checkout'] });

describe('declaring and the lifecycle', () => {
  it('logs a declaration with its sim time and refuses a second one without logging it', async () => {
    advance(4 * MINUTE);
    valueOf(await declare());
    const logged = session().events().filter((e) => e.type === 'incident.declare');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ t: 4 * MINUTE, payload: { severity: 'SEV2', title: 'Checkout payments failing', via: 'form' } });
    expect((await incident())).toMatchObject({ declared: true, severity: 'SEV2', status: 'investigating', declaredAt: 4 * MINUTE });

    const again = await declare();
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(eventTypes().filter((t) => t === 'incident.declare')).toHaveLength(1);
  });

  it('moves the status with /status and refuses a change before the incident is declared', async () => {
    const early = await post('/status identified bad deploy');
    expect(early).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(eventTypes()).not.toContain('incident.status');
    valueOf(await declare());
    valueOf(await post('/status identified checkout v2.4.0 is failing payments'));
    expect((await incident()).status).toBe('identified');
    expect(session().events().at(-1)).toMatchObject({ type: 'incident.status', payload: { status: 'identified', via: 'command' } });
  });

  it('answers a command with missing arguments with its usage, logging nothing', async () => {
    const before = session().events().length;
    const result = await post('/sev');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad_input');
      expect(result.error.field).toBe('text');
      expect(result.error.message).toMatch(/\/sev/);
    }
    expect(session().events()).toHaveLength(before);
  });

  it('refuses an empty or oversized message before it reaches the drill', async () => {
    const before = session().events().length;
    expect(await post('   ')).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'text' } });
    expect(await post('x'.repeat(4001))).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'text' } });
    expect(session().events()).toHaveLength(before);
  });
});

describe('roles and delegation', () => {
  it('hands a role out once, refuses the same assignment twice, and records how it was given', async () => {
    valueOf(await declare());
    valueOf(await post('/assign lee ops'));
    expect((await incident()).roles.ops).toBe('lee');
    expect(session().events().at(-1)).toMatchObject({ type: 'incident.assign', payload: { teammate: 'lee', role: 'ops', via: 'command' } });
    const twice = await backend.invoke('incident.assign', { teammate: 'lee', role: 'ops' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(eventTypes().filter((t) => t === 'incident.assign')).toHaveLength(1);
  });

  it('reads a chat message that names a teammate, a task and a time as a delegation, and the finding comes from the world', async () => {
    advance(5 * MINUTE);
    valueOf(await post('Priya, please check the database and report back in 5 minutes.'));
    const assign = session().events().at(-1)!;
    expect(assign).toMatchObject({
      type: 'incident.assign',
      payload: { teammate: 'priya', reportIn: '5m', via: 'message', quality: { namedPerson: true, namedTask: true, namedTime: true } },
    });
    const task = (await incident()).tasks[0]!;
    expect(task).toMatchObject({ teammate: 'priya', kind: 'check-database', state: 'working' });
    session().advanceTo(task.dueAt);
    const view = await incident();
    const finding = view.messages.find((m) => m.kind === 'finding' && m.task === task.id);
    expect(finding?.author).toMatchObject({ kind: 'teammate', id: 'priya' });
    expect(finding?.queries?.length).toBeGreaterThan(0);
    expect(view.tasks[0]!.state).toBe('done');
  });

  it('leaves "can someone…" as a plain message: it names nobody', async () => {
    valueOf(await post('Can someone check the database?'));
    expect(session().events().at(-1)).toMatchObject({ type: 'chat.post', payload: { text: 'Can someone check the database?' } });
    expect((await incident()).tasks).toHaveLength(0);
  });
});

describe('stakeholders and the living document', () => {
  it('a stakeholder question waits until the learner answers it, and remembers how long it waited', async () => {
    // The support lead asks two minutes after the alert fires (scenario script).
    let question;
    for (let t = 0; t < 12 && !question; t++) {
      advance(MINUTE);
      question = (await incident()).questions.find((q) => q.from === 'support-lead');
    }
    expect(question).toBeDefined();
    expect(question!.answeredAt).toBeUndefined();
    advance(90_000);
    valueOf(await post('We are investigating failed payments at checkout; next update in 5 minutes.', 'stakeholders', question!.id));
    const answered = (await incident()).questions.find((q) => q.id === question!.id)!;
    expect(answered.answeredAt! - answered.askedAt).toBe(session().drill.now - question!.askedAt);
    expect(answered.answeredAt! - answered.askedAt).toBeGreaterThanOrEqual(90_000);
  });

  it('builds the timeline from the log, marks a key moment, and refuses to mark an entry that does not exist', async () => {
    advance(6 * MINUTE);
    valueOf(await backend.invoke('terminal.exec', { command: 'kubectl rollout history deployment/checkout -n shop' }));
    const timeline = valueOf(await backend.invoke('incident.timeline', {}));
    const command = timeline.find((e) => e.kind === 'command' && e.text.includes('rollout history'));
    expect(command).toBeDefined();
    expect(timeline.some((e) => e.kind === 'alert')).toBe(true);
    // The fault is the hidden truth: the document never shows it.
    expect(timeline.some((e) => /bad-deploy/.test(e.text))).toBe(false);
    valueOf(await backend.invoke('timeline.mark', { entry: command!.id, key: 'detected' }));
    expect(valueOf(await backend.invoke('incident.timeline', {})).find((e) => e.id === command!.id)?.key).toBe('detected');
    expect(await backend.invoke('timeline.mark', { entry: 'ev99999', key: 'detected' })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'entry' } });
  });
});

describe('a whole incident', () => {
  it('every step is a logged event with sim time, and replaying the log reproduces the incident exactly', async () => {
    advance(4 * MINUTE);
    valueOf(await backend.invoke('alert.acknowledge', { alert: 'CheckoutHighErrorRate' }));
    valueOf(await declare());
    valueOf(await post('/assign lee ops'));
    valueOf(await backend.invoke('incident.update', {
      update: { kind: 'initial', impact: 'About 30% of checkouts fail', severity: 'SEV2', status: 'investigating', actions: 'Checking the latest release', nextUpdateIn: '5m', text: '' },
    }));
    valueOf(await post('Lee, please roll back checkout and report back in 3 minutes.'));
    advance(4 * MINUTE);
    valueOf(await backend.invoke('incident.status', { status: 'monitoring', note: 'Rolled back to v2.3.0' }));
    valueOf(await backend.invoke('hint.request', {}));
    valueOf(await backend.invoke('checklist.toggle', { step: 'size-up', done: true }));
    valueOf(await backend.invoke('incident.note', { text: 'Error ratio back under 1%', key: 'mitigated' }));
    advance(2 * MINUTE);
    valueOf(await backend.invoke('incident.resolve', {
      summary: 'Rolled back checkout v2.4.0',
      update: { kind: 'resolution', impact: 'Checkouts failed for 8 minutes', severity: 'SEV2', status: 'resolved', actions: 'Rolled back', nextUpdateIn: '', recoveryConfirmed: true, dataLoss: 'No data was lost', followUps: 'Postmortem', text: '' },
    }));

    const events = session().events();
    const known = new Set<string>([...ACTION_TYPES, 'drill.start', 'drill.clock']);
    for (const e of events) {
      expect(known.has(e.type), e.type).toBe(true);
      expect(Number.isInteger(e.t)).toBe(true);
    }
    const view = await incident();
    expect(view.status).toBe('resolved');
    expect(view.checklist['size-up']).toBe(true);
    expect(view.hints).toHaveLength(1);
    expect(view.messages.filter((m) => m.kind === 'update' && m.update?.kind === 'resolution').map((m) => m.channel).sort()).toEqual(['incident', 'stakeholders']);

    const replayed = replayDrill(session().scenario, session().seed, events, session().drill.now);
    expect(JSON.stringify(replayed.incident.snapshot())).toBe(JSON.stringify(session().drill.incident.snapshot()));
    expect(JSON.stringify(replayed.occurrences())).toBe(JSON.stringify(session().drill.occurrences()));
  });
});
