/**
 * The checks over a real drill: the bundled checkout scenario played from its expert actions file through the
 * engine (chat through the same interpreter the host uses), then re-derived from the event log by replay, as
 * re-scoring does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Drill, interpretChat, replayDrill } from '../../drill';
import type { DrillAction, DrillEvent } from '../../drill';
import { isIncidentAction } from '../../drill/incident/actions';
import { parseDuration } from '../../sim/duration';
import { bundledScenario, SCENARIOS_DIR } from '../../testing/bundled.node';
import type { ScoringContext } from '../context';
import { scoringContext } from '../from-drill';
import { evaluateCheck } from './index';

type TimedRequest = { at: string; request: string; input: Record<string, unknown> };

const ID = 'checkout-bad-deploy';
const scenario = bundledScenario(ID);

/** The drill action a UI request stands for, with the defaults the contract fills in; undefined for reads. */
function actionOf(request: string, input: Record<string, unknown>, drill: Drill): DrillAction | undefined {
  const update = (value: unknown) => (value === undefined ? {} : { update: { impact: '', actions: '', nextUpdateIn: '', text: '', ...(value as object) } });
  switch (request) {
    case 'chat.post': {
      const services = scenario.doc.world.services.filter((s) => !s.external).map((s) => s.name);
      const meant = interpretChat(String(input.text), input.channel as 'incident', undefined, { team: scenario.doc.incident.team, services, incident: drill.incident.snapshot() });
      if (!meant.ok) throw new Error(meant.reason);
      return meant.action as DrillAction;
    }
    case 'incident.declare':
    case 'incident.status':
    case 'incident.severity':
      return { type: request, ...input, via: 'form' } as DrillAction;
    case 'incident.update':
      return { type: request, channels: ['incident', 'stakeholders'], ...update(input.update), via: 'form' } as DrillAction;
    case 'incident.resolve':
      return { type: request, summary: String(input.summary ?? ''), ...update(input.update), via: 'form' } as DrillAction;
    case 'terminal.exec':
    case 'alert.acknowledge':
    case 'drill.end':
      return { type: request, ...input } as DrillAction;
    default:
      return undefined;
  }
}

function readScript(script: string): TimedRequest[] {
  return JSON.parse(readFileSync(join(SCENARIOS_DIR, ID, 'scripts', script), 'utf8')) as TimedRequest[];
}

/** Plays an actions file, logging each accepted action as the host would, and re-derives the drill from that log. */
function play(script: string): ScoringContext {
  const requests = readScript(script);
  const drill = new Drill(scenario, scenario.doc.seed);
  const events: DrillEvent[] = [];
  for (const { at, request, input } of requests) {
    drill.advanceTo(parseDuration(at)!);
    const action = actionOf(request, input, drill);
    if (action === undefined || drill.ended) continue;
    if (isIncidentAction(action) && drill.incidentProblem(action) !== undefined) continue;
    const { type, ...payload } = action;
    events.push({ seq: events.length + 1, t: drill.now, type, payload });
    drill.apply(action);
  }
  drill.advanceTo(drill.endsAt);
  return scoringContext(replayDrill(scenario, scenario.doc.seed, events, drill.now), events);
}

/** Playing and replaying a 15-minute drill takes seconds of simulation. */
const PLAY_TIMEOUT_MS = 60_000;

describe('the checkout expert, re-derived from its event log', () => {
  let context: ScoringContext;
  beforeAll(() => {
    context = play('expert.json');
  }, PLAY_TIMEOUT_MS);
  const script = readScript('expert.json');
  const seqOf = (type: string) => context.events.find((e) => e.type === type)!.seq;
  /** When the script sends a request, on the drill's clock (the scenario starts at its `start`). */
  const clockOf = (request: string) => `${new Date(Date.parse(scenario.doc.start) + parseDuration(script.find((r) => r.request === request)!.at)!).toISOString().slice(11, 19)} UTC`;

  it('posts a complete initial report within 5 minutes of the alert', () => {
    const result = evaluateCheck('initial-report', undefined, context);
    expect(result.met).toBe(true);
    expect(result.evidence).toEqual([seqOf('incident.update')]);
    expect(result.details).toHaveLength(1);
    expect(result.details[0]).toMatch(new RegExp(`^initial report at ${clockOf('incident.update')}, [\\d a-z]+ after the first alert: impact ✓, scope ✓, severity ✓, next update ✓$`));
  });

  it('resolves after recovery with a full resolution message', () => {
    const result = evaluateCheck('resolution-message', undefined, context);
    expect(result).toMatchObject({ met: true, evidence: [seqOf('incident.resolve')] });
    expect(result.details[0]).toMatch(new RegExp(`^resolution message at ${clockOf('incident.resolve')}: recovery confirmed ✓, data loss stated \\(".+"\\) ✓$`));
    expect(result.details[1]).toMatch(/^the resolution came .+ after recovery at \d\d:\d\d:\d\d UTC$/);
  });

  it("declares the scenario's severity", () => {
    expect(evaluateCheck('severity-matches', undefined, context)).toEqual({
      met: true,
      evidence: [seqOf('incident.declare')],
      details: [`declared SEV2 at ${clockOf('incident.declare')}: matches the incident's SEV2 ✓`],
    });
  });

  it('delegates a task by name with a time, read from chat', () => {
    const result = evaluateCheck('delegation', undefined, context);
    expect(result.met).toBe(true);
    expect(result.evidence.map((seq) => context.events.find((e) => e.seq === seq)!.type)).toEqual(['incident.assign']);
    expect(result.details.some((line) => line.endsWith('person ✓, task ✓, time ✓'))).toBe(true);
  });

  it('explains every check, met or not', () => {
    for (const name of ['update-cadence', 'stakeholders-answered']) {
      expect(evaluateCheck(name, undefined, context).details.length).toBeGreaterThan(0);
    }
  });
});

describe('the checkout idle learner', () => {
  it('meets none of the checks that need the learner to speak, and each says why', () => {
    const context = play('idle.json');
    for (const name of ['initial-report', 'update-cadence', 'resolution-message', 'severity-matches', 'delegation']) {
      const result = evaluateCheck(name, undefined, context);
      expect(result.met, name).toBe(false);
      expect(result.evidence, name).toEqual([]);
      expect(result.details.length, name).toBeGreaterThan(0);
    }
  }, PLAY_TIMEOUT_MS);
});
