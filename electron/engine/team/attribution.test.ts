import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DrillEvent } from '../drill/actions';
import type { CriterionResult } from '../scoring/score';
import { actionKind } from './action-kind';
import { attributeEvents, MOMENTS_PER_PARTICIPANT, teamBreakdown, teamOf } from './attribution';

const TEAM = [
  { name: 'Ana', role: 'ic' },
  { name: 'Ben', role: 'comms' },
  { name: 'Cy', role: 'ops' },
];

/** A log with increasing seqs; the first entry is drill.start, with this team (null: a drill played alone). */
function log(entries: [t: number, type: string, payload?: object][], team: unknown = TEAM): DrillEvent[] {
  const start: [number, string, object] = [0, 'drill.start', team === null ? { scenario: 's' } : { scenario: 's', team }];
  return [start, ...entries].map(([t, type, payload], i) => ({ seq: i + 1, t, type, payload: payload ?? {} }));
}

function criterion(id: string, points: number, evidence: number[]): CriterionResult {
  return { id, category: 'c', points, max: Math.max(points, 0), evidence, feedback: '' };
}

describe('actionKind', () => {
  it.each([
    ['terminal.exec', 'commands'],
    ['terminal.interrupt', 'commands'],
    ['operation.run', 'commands'],
    ['promql.query', 'queries'],
    ['promql.queryRange', 'queries'],
    ['logs.query', 'queries'],
    ['logs.fieldOverTime', 'queries'],
    ['dashboard.open', 'queries'],
    ['chat.post', 'communication'],
    ['incident.update', 'communication'],
    ['statuspage.update', 'communication'],
    ['incident.assign', 'communication'],
    ['incident.declare', 'incident'],
    ['incident.resolve', 'incident'],
    ['incident.note', 'incident'],
    ['timeline.mark', 'incident'],
    ['checklist.toggle', 'incident'],
    ['alert.acknowledge', 'incident'],
    ['page.acknowledge', 'incident'],
    ['silence.create', 'incident'],
    ['silence.expire', 'incident'],
    ['rules.add', 'incident'],
    ['hint.request', 'incident'],
    ['postmortem.save', 'incident'],
    ['drill.clock', 'other'],
    ['runbook.get', 'other'],
    ['drill.end', 'other'],
  ])('%s counts as %s', (type, kind) => {
    expect(actionKind(type)).toBe(kind);
  });
});

describe('attributeEvents', () => {
  it('gives every event to the participant acting when it was logged, the first one until a switch', () => {
    const events = log([
      [1000, 'terminal.exec', { command: 'kubectl get pods' }],
      [2000, 'team.switch', { participant: 'Ben' }],
      [3000, 'chat.post', { channel: 'incident', text: 'on it' }],
      [4000, 'team.switch', { participant: 'Cy' }],
      [5000, 'operation.run', { operation: 'rollback', target: 'checkout', params: {} }],
      [6000, 'team.switch', { participant: 'Ana' }],
      [7000, 'incident.resolve', { summary: 'done' }],
    ]);
    expect([...attributeEvents(events)]).toEqual([
      [1, null],
      [2, 'Ana'],
      [3, null],
      [4, 'Ben'],
      [5, null],
      [6, 'Cy'],
      [7, null],
      [8, 'Ana'],
    ]);
  });

  it("leaves the instructor's events to nobody, clock changes and ends included, but not the learners' own", () => {
    const events = log([
      [1000, 'instructor.inject', { message: 'vp-asks' }],
      [2000, 'instructor.hint', {}],
      [3000, 'instructor.injectFault', { fault: 'disk' }],
      [4000, 'drill.clock', { speed: 0, by: 'instructor' }],
      [5000, 'drill.clock', { speed: 2 }],
      [6000, 'drill.end', { by: 'instructor' }],
    ]);
    expect([...attributeEvents(events).values()]).toEqual([null, null, null, null, null, 'Ana', null]);
  });

  it('keeps the acting participant when a switch names nobody in the team, as the drill does', () => {
    const events = log([
      [1000, 'team.switch', { participant: 'Ben' }],
      [2000, 'team.switch', { participant: 'Zed' }],
      [3000, 'terminal.exec', { command: 'ls' }],
      // Names are matched exactly: the handler turns what was typed into the participant's own spelling.
      [4000, 'team.switch', { participant: 'cy' }],
      [5000, 'terminal.exec', { command: 'pwd' }],
    ]);
    const owners = attributeEvents(events);
    expect(owners.get(4)).toBe('Ben');
    expect(owners.get(6)).toBe('Ben');
  });

  it('attributes nothing in a drill played alone', () => {
    const events = log([[1000, 'terminal.exec', { command: 'ls' }], [2000, 'team.switch', { participant: 'Ana' }], [3000, 'chat.post', { text: 'hi' }]], null);
    expect([...attributeEvents(events).values()]).toEqual([null, null, null, null]);
  });
});

describe('teamOf', () => {
  it('reads the team from drill.start, dropping entries that are not a named participant in a known role', () => {
    const events = log([], [{ name: 'Ana', role: 'ic' }, { name: 'Ana', role: 'ops' }, { name: 'Bo', role: 'chef' }, null, { role: 'ops' }, { name: 'Di', role: 'scribe' }]);
    expect(teamOf(events)).toEqual([
      { name: 'Ana', role: 'ic' },
      { name: 'Di', role: 'scribe' },
    ]);
  });
});

describe('teamBreakdown', () => {
  const events = log([
    [10_000, 'promql.query', { expr: 'rate(http_requests_total[5m])' }], // 2 Ana
    [20_000, 'incident.declare', { severity: 'SEV2', title: 'Checkout errors', impact: 'carts fail' }], // 3 Ana
    [30_000, 'team.switch', { participant: 'Ben' }], // 4
    [40_000, 'chat.post', { channel: 'stakeholders', text: 'We are investigating' }], // 5 Ben
    [50_000, 'instructor.inject', { message: 'vp' }], // 6 nobody
    [60_000, 'statuspage.update', { draft: 'Degraded checkout', components: [], publish: true }], // 7 Ben
    [90_000, 'team.switch', { participant: 'Cy' }], // 8
    [100_000, 'terminal.exec', { command: 'kubectl rollout undo deploy/checkout' }], // 9 Cy
    [110_000, 'drill.clock', { speed: 4 }], // 10 Cy
  ]);
  const criteria = [
    criterion('declared', 10, [3]),
    criterion('told-stakeholders', 8, [7, 5]), // earliest evidence is 5: Ben's
    criterion('rolled-back', 20, [9]),
    criterion('recovered', 15, []), // a world condition with no cause
    criterion('after-inject', 4, [6]), // evidence that is the instructor's
    criterion('missed', 0, []),
    criterion('harmful', -5, [9]), // a penalty takes nobody's points
  ];
  const breakdown = teamBreakdown(events, criteria, 120_000)!;
  const [ana, ben, cy] = breakdown.participants;

  it('counts each participant’s actions by kind', () => {
    expect(ana).toMatchObject({ name: 'Ana', role: 'ic', actions: 2, byKind: { commands: 0, queries: 1, communication: 0, incident: 1, other: 0 } });
    expect(ben).toMatchObject({ name: 'Ben', role: 'comms', actions: 2, byKind: { commands: 0, queries: 0, communication: 2, incident: 0, other: 0 } });
    expect(cy).toMatchObject({ name: 'Cy', role: 'ops', actions: 2, byKind: { commands: 1, queries: 0, communication: 0, incident: 0, other: 1 } });
  });

  it('gives each earned criterion to whoever took its earliest evidence, and the rest to nobody', () => {
    expect([ana!.points, ana!.criteria]).toEqual([10, ['declared']]);
    expect([ben!.points, ben!.criteria]).toEqual([8, ['told-stakeholders']]);
    expect([cy!.points, cy!.criteria]).toEqual([20, ['rolled-back']]);
    expect(breakdown.unattributed).toEqual({ points: 19, criteria: ['recovered', 'after-inject'] });
  });

  it('times each participant at the keyboard from the start through the switches to the end', () => {
    expect([ana!.actingMs, ben!.actingMs, cy!.actingMs]).toEqual([30_000, 60_000, 30_000]);
  });

  it('lists their first actions with the text a rubric reads', () => {
    expect(ana!.moments).toEqual([
      { seq: 2, t: 10_000, type: 'promql.query', text: 'rate(http_requests_total[5m])' },
      { seq: 3, t: 20_000, type: 'incident.declare', text: 'SEV2 Checkout errors carts fail' },
    ]);
    expect(cy!.moments.map((m) => m.text)).toEqual(['kubectl rollout undo deploy/checkout', '']);
  });

  it(`keeps at most ${MOMENTS_PER_PARTICIPANT} moments, the earliest`, () => {
    const many = log(Array.from({ length: 30 }, (_, i) => [i * 1000, 'terminal.exec', { command: `echo ${i}` }] as [number, string, object]));
    const [first] = teamBreakdown(many, [], 30_000)!.participants;
    expect(first!.actions).toBe(30);
    expect(first!.moments.map((m) => m.text)).toEqual(Array.from({ length: 20 }, (_, i) => `echo ${i}`));
  });

  it('gives a participant who never acted zeros, and ignores switches after the end', () => {
    const late = log([[5000, 'terminal.exec', { command: 'ls' }], [9000, 'team.switch', { participant: 'Ben' }]]);
    const [a, b, c] = teamBreakdown(late, [], 6000)!.participants;
    expect([a!.actingMs, b!.actingMs, c!.actingMs]).toEqual([6000, 0, 0]);
    expect(c).toMatchObject({ actions: 0, points: 0, criteria: [], moments: [] });
  });

  it('is undefined for a drill played alone', () => {
    expect(teamBreakdown(log([[1000, 'terminal.exec', { command: 'ls' }]], null), [criterion('x', 5, [2])], 5000)).toBeUndefined();
  });
});

describe('teamBreakdown on arbitrary logs', () => {
  const TYPES = ['drill.start', 'team.switch', 'terminal.exec', 'chat.post', 'promql.query', 'instructor.hint', 'drill.clock', 'incident.declare', 'postmortem.save', 'x.y'];
  const payload = fc.oneof(
    fc.constant(null),
    fc.record({ participant: fc.constantFrom('Ana', 'Ben', 'Cy', 'Zed', '') }),
    fc.record({ team: fc.oneof(fc.constant(TEAM), fc.array(fc.record({ name: fc.string({ maxLength: 3 }), role: fc.constantFrom('ic', 'ops', 'x') }), { maxLength: 4 }), fc.anything()) }),
    fc.record({ by: fc.constantFrom('instructor', 'learner'), command: fc.string({ maxLength: 5 }) }),
    fc.anything(),
  );
  const event = fc.record({ seq: fc.integer({ min: 1, max: 60 }), t: fc.integer({ min: -1000, max: 600_000 }), type: fc.constantFrom(...TYPES), payload });
  const result = fc.record({ id: fc.string({ maxLength: 4 }), category: fc.constant('c'), points: fc.integer({ min: -10, max: 20 }), max: fc.constant(20), evidence: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 3 }), feedback: fc.constant('') });

  it('never throws, shares out no more than the positive points earned, and counts every attributed event once', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.array(result, { maxLength: 6 }), fc.integer({ min: -1000, max: 700_000 }), (events, criteria, endsAt) => {
        const breakdown = teamBreakdown(events, criteria, endsAt);
        if (breakdown === undefined) return;
        const earned = criteria.filter((c) => c.points > 0).reduce((sum, c) => sum + c.points, 0);
        const shared = breakdown.participants.reduce((sum, p) => sum + p.points, 0);
        expect(shared).toBeLessThanOrEqual(earned);
        expect(shared + breakdown.unattributed.points).toBe(earned);
        // When no penalty was incurred the positive points are the report's total.
        if (criteria.every((c) => c.points >= 0)) expect(shared).toBeLessThanOrEqual(criteria.reduce((sum, c) => sum + c.points, 0));
        const team = teamOf(events);
        const attributable = events.filter((e) => e.type !== 'drill.start' && e.type !== 'team.switch' && !(e.type.startsWith('instructor.') || (e.payload as { by?: unknown } | null)?.by === 'instructor' && (e.type === 'drill.clock' || e.type === 'drill.end'))).length;
        expect(breakdown.participants.reduce((sum, p) => sum + p.actions, 0)).toBe(team.length > 0 ? attributable : 0);
        for (const p of breakdown.participants) expect(Object.values(p.byKind).reduce((a, b) => a + b, 0)).toBe(p.actions);
        expect(breakdown.participants.reduce((sum, p) => sum + p.actingMs, 0)).toBe(Math.max(0, endsAt));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same breakdown for the same inputs', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), fc.array(result, { maxLength: 4 }), (events, criteria) => {
        expect(JSON.stringify(teamBreakdown(events, criteria, 300_000))).toBe(JSON.stringify(teamBreakdown(events, criteria, 300_000)));
      }),
      { numRuns: 300 },
    );
  });
});
