import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DrillEvent, Occurrence } from '../drill';
import { simMillis } from '../sim/clock';
import { testScenario } from '../testing/scenarios';
import type { ScoringContext } from './context';
import { scoreAttempt } from './score';
import { criterionWith, eventLog, HISTORY, syntheticContext } from './test-support';
import { windowClosed } from './window-closed';

/** Sim times in the test history (test-support HISTORY): the fault at 2m, its alert at 3m15s, cleared at 5m. */
const ALERT = 195_000;
const CLEARED = 300_000;

/** The log the event rows read: the rollout history at 2m20s, the resolution at 9m. */
const LOG = eventLog(
  [140_000, 'terminal.exec', { command: 'kubectl rollout history deployment/api' }],
  [540_000, 'incident.resolve', { summary: 'rolled back' }],
);

/** Whether the criterion around `when` is closed at `now`, over the test history cut at `now` (as a live drill has it). */
function closedAt(when: object, now: number, options: { events?: DrillEvent[]; occurrences?: Occurrence[]; faults?: object[] } = {}): string | undefined {
  const context = contextAt([criterionWith(when)], options.events ?? LOG, now, options);
  return windowClosed(context.scenario.doc.rubric[0]!, context, now);
}

function contextAt(rubric: unknown[], events: DrillEvent[], now: number, options: { occurrences?: Occurrence[]; faults?: object[]; query?: ScoringContext['query'] } = {}): ScoringContext {
  const occurrences = (options.occurrences ?? HISTORY).filter((o) => o.at <= now);
  const context = syntheticContext(rubric, events, { occurrences, endAt: now, ...(options.query ? { query: options.query } : {}) });
  return options.faults ? { ...context, scenario: testScenario({ rubric, faults: options.faults }, 'demo', 'v1') } : context;
}

const BAD = { id: 'bad', kind: 'bad-deploy', target: 'api', trigger: { at: '2m' }, params: { version: 'v2', error_ratio: 0.3 } };
const LATER = { id: 'later', kind: 'bad-deploy', target: 'api', trigger: { at: '8m' }, params: { version: 'v3', error_ratio: 0.3 } };

describe('windowClosed', () => {
  it('closes a `within` window only once it has run out (within is inclusive)', () => {
    const ack = { event: 'alert.acknowledge', after: 'alert.fired', within: '5m' };
    expect(closedAt(ack, ALERT + 300_000)).toBeUndefined();
    expect(closedAt(ack, ALERT + 300_001)).toBe('its window closed 5m after alert.fired, at 10:08:15 UTC');
  });

  it('leaves a window open while its `after` anchor has not happened', () => {
    const noAlert = HISTORY.filter((o) => o.kind !== 'alert.fired');
    expect(closedAt({ event: 'alert.acknowledge', after: 'alert.fired', within: '5m' }, 3_600_000, { occurrences: noAlert })).toBeUndefined();
    expect(closedAt({ event: 'terminal.exec', match: 'undo', after: { event: 'incident.declare' }, within: '1m' }, 3_600_000)).toBeUndefined();
  });

  it('closes a window at a drill moment once it has come, and not before', () => {
    const undo = { event: 'terminal.exec', match: 'undo', before: 'fault.cleared' };
    expect(closedAt(undo, CLEARED - 1)).toBeUndefined();
    // An action at the very moment the fault cleared is already too late (the window ends before it).
    expect(closedAt(undo, CLEARED)).toBe('its window closed at fault.cleared, at 10:05:00 UTC');
  });

  it('keeps fault.cleared open while an incident fault is still to start, whatever red herrings and library faults do', () => {
    const undo = { event: 'terminal.exec', match: 'undo', before: 'fault.cleared' };
    expect(closedAt(undo, 360_000, { faults: [BAD, LATER] })).toBeUndefined();
    const herring = { ...LATER, id: 'herring', red_herring: true };
    const library = { ...LATER, id: 'library', title: 'A library fault', trigger: { injected: true } };
    expect(closedAt(undo, 360_000, { faults: [BAD, herring, library] })).toBe('its window closed at fault.cleared, at 10:05:00 UTC');
  });

  it('closes a window at the learner’s own action as soon as it is logged: any new action comes after it', () => {
    const update = { event: 'incident.update', before: { event: 'incident.resolve' } };
    expect(closedAt(update, 540_000)).toBe('its window closed at the first incident.resolve, at 10:09:00 UTC');
    expect(closedAt(update, 530_000, { events: LOG.slice(0, 1) })).toBeUndefined();
  });

  it('measures `within` from the learner’s own action', () => {
    const undo = { event: 'terminal.exec', match: 'undo', after: { event: 'terminal.exec', match: 'history' }, within: '1m' };
    expect(closedAt(undo, 200_000)).toBeUndefined();
    expect(closedAt(undo, 200_001)).toBe('its window closed 1m after the first terminal.exec matching /history/, at 10:03:20 UTC');
  });

  it('names the moment the window closed first when both ends have passed', () => {
    const ack = { event: 'alert.acknowledge', after: 'alert.fired', within: '5m', before: 'fault.cleared' };
    expect(closedAt(ack, 540_000)).toBe('its window closed at fault.cleared, at 10:05:00 UTC');
  });

  it('closes a text condition’s window like an event condition’s', () => {
    const text = { text: { event: 'chat.post', require: [['rolled back']] }, after: 'alert.fired', within: '10m' };
    expect(closedAt(text, ALERT + 600_000)).toBeUndefined();
    expect(closedAt(text, ALERT + 600_001)).toBe('its window closed 10m after alert.fired, at 10:13:15 UTC');
  });

  it('closes a world condition only once every step it looks at is past', () => {
    const recovered = { promql: 'up', for: '1m', before: 'fault.cleared' };
    // The step at the moment itself is still in the window, and the world there may yet change.
    expect(closedAt(recovered, CLEARED)).toBeUndefined();
    expect(closedAt(recovered, CLEARED + 1)).toBe('its window closed at fault.cleared, at 10:05:00 UTC');
    expect(closedAt({ promql: 'up', for: '1m', after: 'alert.fired' }, 3_600_000)).toBeUndefined();
  });

  it('never closes a condition without a window, nor a communication check, while the drill runs', () => {
    expect(closedAt({ event: 'terminal.exec', match: 'undo' }, 3_600_000)).toBeUndefined();
    expect(closedAt({ event: 'terminal.exec', match: 'undo', after: 'alert.fired' }, 3_600_000)).toBeUndefined();
    expect(closedAt({ check: 'initial-report', params: { within: '1m' } }, 3_600_000)).toBeUndefined();
  });
});

/** Actions the property's learner takes, each with the words conditions look for. */
const ACTIONS: [type: string, payload: (word: string) => object][] = [
  ['terminal.exec', (word) => ({ command: `kubectl ${word}` })],
  ['promql.query', (word) => ({ expr: word })],
  ['chat.post', (word) => ({ channel: 'incident', text: `we ${word}` })],
];
const WORDS = ['undo', 'pods'];
const action = fc.record({ kind: fc.integer({ min: 0, max: ACTIONS.length - 1 }), word: fc.constantFrom(...WORDS) });

const eventAnchor = fc.record({ event: fc.constantFrom(...ACTIONS.map(([type]) => type)), match: fc.constantFrom(...WORDS) });
const anchor = fc.oneof(fc.constantFrom('drill.start', 'fault.started', 'alert.fired', 'page.triggered', 'fault.cleared'), eventAnchor);
const window = fc.record({ after: fc.option(anchor, { nil: undefined }), before: fc.option(anchor, { nil: undefined }), within: fc.option(fc.constantFrom('30s', '2m', '5m'), { nil: undefined }) });

/** Conditions of the three forms with a window, in shapes the rubric's checks accept. */
const condition = fc
  .tuple(fc.constantFrom('event', 'text', 'world'), window, fc.constantFrom(...WORDS), fc.integer({ min: 1, max: 2 }), fc.constantFrom('0s', '30s'))
  .map(([form, { after, before, within }, word, count, forDuration]) => {
    const bounds = { ...(after ? { after } : {}), ...(before ? { before } : {}) };
    const timed = after && within ? { within } : {};
    if (form === 'event') return { event: ACTIONS.map(([type]) => type), match: word, count, ...bounds, ...timed };
    if (form === 'text') return { text: { event: 'chat.post', require: [[word]] }, ...bounds, ...timed };
    return { promql: 'up', for: forDuration, ...bounds };
  })
  .filter(({ after, before }: { after?: unknown; before?: unknown }) => {
    // Windows the rubric refuses as empty by construction (checkRubric): never scenario documents.
    if (before === 'drill.start' || (after !== undefined && JSON.stringify(after) === JSON.stringify(before))) return false;
    const ordered = [['fault.started', 'drill.start'], ['alert.fired', 'drill.start'], ['page.triggered', 'drill.start'], ['fault.cleared', 'drill.start'], ['fault.cleared', 'fault.started'], ['page.triggered', 'alert.fired']];
    return !ordered.some(([a, b]) => a === after && b === before);
  });

/** A history in the shape a drill logs it: the fault, then its alert, then (in either order) its page and the fault clearing. */
const history = fc.tuple(fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: 120_000 }), fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 300_000 })).map(([fault, alert, page, clear]): Occurrence[] => [
  { kind: 'drill.start', name: 'drill', at: simMillis(0) },
  { kind: 'fault.started', name: 'bad', at: simMillis(fault) },
  { kind: 'alert.fired', name: 'HighErrors', at: simMillis(fault + alert) },
  { kind: 'page.triggered', name: 'HighErrors', at: simMillis(fault + alert + page) },
  { kind: 'fault.cleared', name: 'bad', at: simMillis(fault + alert + clear) },
]);

/** Actions at non-decreasing times from `start`: often together, sometimes minutes apart. */
const gap = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 0, max: 180_000 }));
const timedActions = (maxLength: number) => fc.array(fc.tuple(gap, action), { maxLength });

/** `now` near a moment that can close a window (an occurrence or an action, or 30s, 2m or 5m after one): where it matters. */
const nearMoment = fc.record({ moment: fc.nat(), plus: fc.constantFrom(0, 30_000, 120_000, 300_000), delta: fc.constantFrom(-1000, -1, 0, 1, 1000, 60_000) });

function logFrom(start: number, firstSeq: number, entries: [gap: number, a: { kind: number; word: string }][]): DrillEvent[] {
  let t = start;
  return entries.map(([gap, { kind, word }], i) => {
    t += gap;
    const [type, payload] = ACTIONS[kind]!;
    return { seq: firstSeq + i, t, type, payload: payload(word) };
  });
}

describe('windowClosed against the scorer', () => {
  it('a criterion it calls closed is met after any later actions exactly when it was met before them', () => {
    let closedCases = 0;
    const args = fc.tuple(condition, fc.constantFrom(10, -5), history, timedActions(6), nearMoment, timedActions(8));
    fc.assert(
      fc.property(args, ([when, points, occurrences, past, near, later]) => {
        const events = logFrom(0, 1, past);
        const moments = [...occurrences.map((o) => o.at), ...events.map((e) => e.t)];
        const now = Math.max(events.at(-1)?.t ?? 0, moments[near.moment % moments.length]! + near.plus + near.delta);
        // The world holds at every fourth step, a pattern the learner's later actions do not change in this context.
        const query: ScoringContext['query'] = (_expr, t) => (Math.floor(t / 15_000) % 4 === 0 ? [{ metric: {}, value: 1 }] : []);
        const rubric = [criterionWith(when, points)];
        const before = contextAt(rubric, events, now, { occurrences, query });
        const reason = windowClosed(before.scenario.doc.rubric[0]!, before, now);
        if (reason === undefined) return;
        closedCases += 1;
        // Later actions from `now` on, while the drill's history goes on.
        const added = logFrom(now, events.length + 1, later);
        const endAt = (added.at(-1)?.t ?? now) + 60_000;
        const after = contextAt(rubric, [...events, ...added], endAt, { occurrences, query });
        const met = (context: ScoringContext) => scoreAttempt(context).criteria[0]!.points !== 0;
        expect(met(after)).toBe(met(before));
      }),
      { numRuns: 2000 },
    );
    // The property says nothing unless the generated drills close windows often enough to test it.
    expect(closedCases).toBeGreaterThan(400);
  });
});
