import { describe, expect, it } from 'vitest';
import { incidentSchema } from '../../scenario/incident-schema';
import type { SimMillis } from '../../sim/clock';
import { createRng } from '../../sim/rng';
import { Simulation } from '../../sim/simulation';
import { bundledScenario } from '../../testing/bundled.node';
import type { Occurrence } from '../drill';
import type { IncidentAction } from './actions';
import { createWorldProbe } from './probe';
import { IncidentRoom } from './room';
import { performTask, planTask } from './teammates';

const SEC = 1000;
const MIN = 60 * SEC;
const scenario = bundledScenario('checkout-bad-deploy');
const services = scenario.doc.world.services.filter((s) => !s.external).map((s) => s.name);

type Timed = [number, IncidentAction];

/** A room on the scenario's real simulated world, driven tick by tick as the Drill drives it. */
function drill(seed = scenario.doc.seed, incident = scenario.doc.incident) {
  const sim = new Simulation(scenario.doc, seed);
  const room = new IncidentRoom({ spec: incident, seed, learner: 'you', services, world: sim.world });
  let now = -SEC;
  const probeAt = (t: SimMillis) => createWorldProbe(sim, t, (name, target, params) => sim.runOperation(name, target, params).result);
  return {
    sim,
    room,
    probeAt,
    run(until: number, actions: Timed[] = [], occurrences: Occurrence[] = []) {
      for (let t = now + SEC; t <= until; t += SEC) {
        const at = t as SimMillis;
        sim.tick(at);
        room.step(at, occurrences.filter((o) => o.at === t), () => probeAt(at));
        for (const [when, action] of actions) if (when === t) room.apply(action, at);
        now = t;
      }
    },
  };
}

const assign = (teammate: string, task: string, reportIn?: string): IncidentAction => ({
  type: 'incident.assign',
  teammate,
  task,
  ...(reportIn ? { reportIn } : {}),
  via: 'form',
  quality: { namedPerson: true, namedTask: true, namedTime: reportIn !== undefined },
});

const occurrence = (kind: Occurrence['kind'], name: string, at: number): Occurrence => ({ kind, name, at: at as SimMillis });

describe('teammates on the real world', () => {
  it('reports at the planned time what the simulated world shows then (the bad deploy of checkout v2.4.0)', () => {
    const d = drill();
    const assignedAt = 3 * MIN;
    // The plan the room must have made: the task's own seeded stream, on the same world.
    const plan = planTask({ text: 'check recent deploys of checkout', teammate: scenario.doc.incident.team[1]!, world: d.sim.world, rng: createRng(scenario.doc.seed, 'task:t1') });
    const dueAt = assignedAt + plan.workMs;
    d.run(dueAt - SEC, [[assignedAt, assign('marco', 'check recent deploys of checkout')]]);
    expect(d.room.snapshot().tasks[0]).toMatchObject({ id: 't1', teammate: 'marco', kind: 'check-deploys', state: 'working', dueAt });
    expect(d.room.snapshot().messages.map((m) => [m.kind, m.text])).toEqual([
      ['chat', 'Marco, please check recent deploys of checkout.'],
      ['ack', plan.reply],
    ]);
    d.run(dueAt);
    const finding = d.room.snapshot().messages.at(-1)!;
    const expected = performTask({ task: d.room.snapshot().tasks[0]!, teammate: scenario.doc.incident.team[1]!, probe: d.probeAt(dueAt as SimMillis), incident: d.room.snapshot(), cadenceMs: null });
    expect(finding).toMatchObject({ id: 'm3', at: dueAt, kind: 'finding', task: 't1', text: expected.text, queries: expected.queries });
    expect(finding.text).toContain('v2.4.0');
    expect(d.room.snapshot().tasks[0]).toMatchObject({ state: 'done', reportedAt: dueAt, finding: 'm3' });
  });

  it('is deterministic: the same actions and occurrences give byte-identical snapshots', () => {
    const actions: Timed[] = [
      [60 * SEC, { type: 'incident.declare', title: 'Checkout errors', severity: 'SEV2', impact: 'Payments fail', services: ['checkout'], via: 'command' }],
      [70 * SEC, assign('priya', 'check the database', '1m')],
      [80 * SEC, { ...assign('lee', 'check the logs'), role: 'ops' } as IncidentAction],
      [400 * SEC, { type: 'chat.post', channel: 'stakeholders', text: 'We are rolling back.' }],
    ];
    const occurrences = [occurrence('alert.fired', 'CheckoutHighErrorRate', 150 * SEC), occurrence('page.triggered', 'p1', 180 * SEC)];
    const play = () => {
      const d = drill();
      d.run(10 * MIN, actions, occurrences);
      return JSON.stringify(d.room.snapshot());
    };
    const first = play();
    expect(play()).toBe(first);
    // The scenario's script spoke (Marco after the page, support after the alert) and both tasks reported.
    const snapshot = JSON.parse(first) as ReturnType<IncidentRoom['snapshot']>;
    expect(snapshot.tasks.map((t) => t.state)).toEqual(['done', 'done']);
    expect(snapshot.messages.some((m) => m.author.name === 'Jo Park' && m.kind === 'question')).toBe(true);
  });
});

describe('alerts and pages in the incident channel', () => {
  it('posts alerts firing and resolving (once per name) and an escalation, never a fault; the first alert starts the clock', () => {
    const d = drill(scenario.doc.seed, incidentSchema.parse({}));
    d.run(5 * MIN, [], [
      occurrence('fault.started', 'bad-deploy', 2 * MIN),
      occurrence('alert.fired', 'A', 3 * MIN),
      // A second source of the same name (a rule alert beside the threshold alert): no second FIRING, and no
      // RESOLVED until the last source stops.
      occurrence('alert.fired', 'A', 210 * SEC),
      occurrence('alert.fired', 'B', 4 * MIN),
      occurrence('page.escalated', 'p1', 4 * MIN),
      occurrence('alert.resolved', 'A', 270 * SEC),
      occurrence('alert.resolved', 'A', 5 * MIN),
    ]);
    expect(d.room.snapshot().messages.map((m) => [m.at / SEC, m.kind, m.author.kind, m.text])).toEqual([
      [180, 'alert', 'alert', 'FIRING: A'],
      [240, 'alert', 'alert', 'FIRING: B'],
      [240, 'alert', 'alert', 'Page p1 was not acknowledged: the secondary on-call was paged.'],
      [300, 'alert', 'alert', 'RESOLVED: A'],
    ]);
    expect(d.room.summary().firstAlertAt).toBe(3 * MIN);
  });
});

describe('status page, hints, checklist, notes and marks', () => {
  const spec = incidentSchema.parse({ hints: ['Compare versions.', 'Roll back.'] });
  // These rooms plan no tasks: one world, never advanced, is enough for all of them.
  const world = new Simulation(scenario.doc, 1).world;
  const room = (withSpec = spec) => new IncidentRoom({ spec: withSpec, seed: 1, learner: 'you', services: ['checkout', 'payments'], world });
  const at = (s: number) => (s * SEC) as SimMillis;

  it('has one component per internal service (capitalised) unless the scenario names them', () => {
    expect(room().snapshot().statusPage.components).toEqual([
      { name: 'Checkout', status: 'operational' },
      { name: 'Payments', status: 'operational' },
    ]);
    const named = room(incidentSchema.parse({ components: [{ name: 'Online store', services: ['checkout', 'payments'] }] }));
    expect(named.snapshot().statusPage.components).toEqual([{ name: 'Online store', status: 'operational' }]);
  });

  it('edits the draft and components, publishes to the stakeholder channel, and refuses components not on the page', () => {
    const r = room();
    const edit = (publish: boolean, draft = 'Payments are failing for some customers.'): IncidentAction => ({ type: 'statuspage.update', components: [{ name: 'Payments', status: 'partial_outage' }], draft, publish });
    expect(r.check({ type: 'statuspage.update', components: [{ name: 'Search', status: 'major_outage' }], draft: '', publish: false })).toBe(
      'The status page has no component "Search" (it has Checkout, Payments)',
    );
    expect(r.check(edit(true, ''))).toBe('Write the status page message before publishing it');
    expect(r.apply(edit(false), at(100)).messages).toEqual([]);
    expect(r.snapshot().statusPage).toEqual({
      components: [
        { name: 'Checkout', status: 'operational' },
        { name: 'Payments', status: 'partial_outage' },
      ],
      draft: 'Payments are failing for some customers.',
      published: [],
    });
    expect(r.apply(edit(true), at(120)).messages).toEqual(['m1']);
    expect(r.snapshot().statusPage.published).toEqual([
      { at: 120 * SEC, message: 'Payments are failing for some customers.', components: [{ name: 'Checkout', status: 'operational' }, { name: 'Payments', status: 'partial_outage' }] },
    ]);
    expect(r.snapshot().messages[0]).toMatchObject({ channel: 'stakeholders', kind: 'system', text: 'Status page published: Payments are failing for some customers. (Payments: partial outage)' });
  });

  it('reveals hints in order until none are left', () => {
    const r = room();
    expect(r.apply({ type: 'hint.request' }, at(10))).toMatchObject({ hint: 'Compare versions.' });
    expect(r.apply({ type: 'hint.request' }, at(20))).toMatchObject({ hint: 'Roll back.' });
    expect(r.snapshot()).toMatchObject({ hints: ['Compare versions.', 'Roll back.'], hintsLeft: 0 });
    expect(r.check({ type: 'hint.request' })).toBe('No hints left');
  });

  it('toggles the checklist, numbers notes, and marks or unmarks timeline entries', () => {
    const r = room();
    r.apply({ type: 'checklist.toggle', step: 'size-up', done: true }, at(5));
    expect(r.snapshot().checklist).toEqual({ 'size-up': true, stabilise: false, update: false, verify: false });
    expect(r.apply({ type: 'incident.note', text: 'error rate jumped after the deploy', key: 'detected' }, at(10)).note).toBe('n1');
    expect(r.apply({ type: 'incident.note', text: 'rolled back' }, at(20)).note).toBe('n2');
    expect(r.snapshot().notes).toEqual([
      { id: 'n1', at: 10 * SEC, text: 'error rate jumped after the deploy', key: 'detected' },
      { id: 'n2', at: 20 * SEC, text: 'rolled back' },
    ]);
    r.apply({ type: 'timeline.mark', entry: 'ev12', key: 'mitigated' }, at(30));
    r.apply({ type: 'timeline.mark', entry: 'n2', key: 'resolved' }, at(31));
    r.apply({ type: 'timeline.mark', entry: 'ev12', key: null }, at(32));
    expect(r.snapshot().marks).toEqual({ n2: 'resolved' });
    expect(r.check({ type: 'timeline.mark', entry: 'm40', key: 'detected' })).toBe('No timeline entry m40');
    expect(r.check({ type: 'timeline.mark', entry: 'n9', key: 'detected' })).toBe('No timeline entry n9');
  });

  it('moves the revision on every action and every step that changed something, not on a quiet tick', () => {
    const r = room(incidentSchema.parse({ script: [{ id: 'q', from: 'vp', when: { at: '2s' }, text: 'News?' }] }));
    const probe = () => {
      throw new Error('no task is due');
    };
    r.step(at(1), [], probe);
    expect(r.summary().revision).toBe(0);
    r.step(at(2), [], probe);
    expect(r.summary().revision).toBe(1);
    r.step(at(3), [], probe);
    expect(r.summary().revision).toBe(1);
    r.apply({ type: 'checklist.toggle', step: 'update', done: true }, at(4));
    expect(r.summary().revision).toBe(2);
  });

  it('hands out copies: changing a snapshot does not change the room', () => {
    const r = room();
    r.apply({ type: 'incident.note', text: 'x' }, at(1));
    const copy = r.snapshot();
    copy.notes.push({ id: 'n9', at: at(2), text: 'y' });
    copy.statusPage.components[0]!.status = 'major_outage';
    copy.roles.ops = 'priya';
    expect(r.snapshot().notes).toHaveLength(1);
    expect(r.snapshot().statusPage.components[0]!.status).toBe('operational');
    expect(r.summary().roles.ops).toBeUndefined();
  });
});
