import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DrillEvent } from '../../engine/drill';
import { replayDrill } from '../../engine/drill';
import type { ScoreReport } from '../../engine/scoring';
import { scoreAttempt, scoringContext } from '../../engine/scoring';
import type { Participant } from '../../engine/team/types';
import { createBackend } from '../backend';
import type { Backend } from '../backend';
import { exportBundle } from '../bundles/export-bundle';
import { importBundle } from '../bundles/import-bundle';
import { backendWith } from '../bundles/test-support';
import { parseActionsFile } from '../drill/actions-file';
import { attemptJson, attemptHtml, attemptReportRecord, classReport } from '../grading';
import { bundledFolder, startedBackend, valueOf } from './handler-testing';

const SCENARIO = 'checkout-bad-deploy';
const TEAM: Participant[] = [
  { name: 'Ana', role: 'ic' },
  { name: 'Ben', role: 'comms' },
  { name: 'Cy', role: 'ops' },
];
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** The expert's requests, by position, so the team plays real moves the rubric rewards. */
const EXPERT = (() => {
  const parsed = parseActionsFile(readFileSync(`${bundledFolder(SCENARIO)}/scripts/expert.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.actions;
})();
const expert = (request: string, nth = 0) => EXPERT.filter((a) => a.request === request)[nth]!.input;

function teamBackend(): Backend {
  return createBackend({ dbPath: ':memory:', scenarioFolders: [bundledFolder(SCENARIO)], live: false, learner: 'room 4' });
}

describe('starting and switching', () => {
  let backend: Backend;
  beforeAll(async () => {
    backend = teamBackend();
    valueOf(await backend.invoke('drill.start', { scenario: SCENARIO, team: TEAM }));
  });
  afterAll(() => backend.close());
  const events = () => backend.context.session!.events();

  it('records the team in drill.start and starts with the first participant acting', async () => {
    expect(events()).toEqual([expect.objectContaining({ type: 'drill.start', payload: expect.objectContaining({ team: TEAM }) })]);
    expect(valueOf(await backend.invoke('drill.view', {})).team).toEqual({ participants: TEAM, acting: 'Ana' });
  });

  it('refuses a name that is not in the team on the participant field, logging nothing', async () => {
    const before = events();
    expect(await backend.invoke('drill.actAs', { participant: 'Zed' })).toEqual({ ok: false, error: { code: 'not_found', field: 'participant', message: 'no participant "Zed" (the team: Ana, Ben, Cy)' } });
    expect(events()).toEqual(before);
    expect(backend.context.session!.drill.view().team!.acting).toBe('Ana');
  });

  it('switches by name whatever its case, logging the participant as the team spells them', async () => {
    expect(valueOf(await backend.invoke('drill.actAs', { participant: 'ben' }))).toEqual({ type: 'team.switch', acting: 'Ben' });
    expect(events().at(-1)).toMatchObject({ type: 'team.switch', payload: { participant: 'Ben' } });
    expect(backend.context.session!.drill.view().team!.acting).toBe('Ben');
  });

  it('refuses a team of one, or one naming somebody twice, on the team field', async () => {
    for (const team of [[TEAM[0]!], [TEAM[0]!, { name: 'ANA', role: 'ops' }]]) {
      const result = await backend.invoke('drill.start', { scenario: SCENARIO, team: team as Participant[] });
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_input', field: expect.stringMatching(/^team/) } });
    }
  });
});

describe('a drill played alone', () => {
  it('refuses drill.actAs and logs nothing; its view and score have no team', async () => {
    const backend = await startedBackend(SCENARIO);
    try {
      expect(await backend.invoke('drill.actAs', { participant: 'Ana' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(backend.context.session!.events().map((e) => e.type)).toEqual(['drill.start']);
      expect(backend.context.session!.drill.view().team).toBeNull();
      expect(valueOf(await backend.invoke('score.get', {}))).not.toHaveProperty('team');
    } finally {
      backend.close();
    }
  });
});

describe('a team drill played to its end', () => {
  let backend: Backend;
  let score: ScoreReport;
  let events: DrillEvent[];
  /** Who the test had at the keyboard for each event it caused, by seq: worked out here, not by the attribution. */
  const took = new Map<number, string>();
  let acting = 'Ana';

  /** Runs the clock to `t`, then sends the request as whoever is acting (a switch first changes who that is). */
  async function at(t: number, request: string, input: unknown) {
    const session = backend.context.session!;
    session.advanceTo(t);
    valueOf(await backend.invoke(request as never, input as never));
    if (request === 'drill.actAs') acting = (input as { participant: string }).participant;
    else took.set(session.events().at(-1)!.seq, acting);
  }

  beforeAll(async () => {
    backend = teamBackend();
    valueOf(await backend.invoke('drill.start', { scenario: SCENARIO, team: TEAM }));
    await at(3 * MINUTE + 20 * SECOND, 'alert.acknowledge', expert('alert.acknowledge'));
    await at(3 * MINUTE + 25 * SECOND, 'incident.declare', expert('incident.declare'));
    await at(4 * MINUTE, 'drill.actAs', { participant: 'Cy' });
    await at(4 * MINUTE, 'terminal.exec', { command: 'kubectl rollout undo deployment/checkout -n shop' });
    await at(4 * MINUTE + 35 * SECOND, 'drill.actAs', { participant: 'Ben' });
    await at(4 * MINUTE + 35 * SECOND, 'chat.post', expert('chat.post', 3));
    await at(7 * MINUTE, 'incident.update', expert('incident.update', 1));
    await at(9 * MINUTE, 'drill.actAs', { participant: 'Ana' });
    await at(9 * MINUTE, 'incident.resolve', expert('incident.resolve'));
    await at(9 * MINUTE + 30 * SECOND, 'drill.end', {});
    score = valueOf(await backend.invoke('score.get', {}));
    events = backend.context.session!.events();
  }, 60_000);
  afterAll(() => backend.close());

  const person = (name: string) => score.team!.participants.find((p) => p.name === name)!;

  it('breaks the score down per participant in the team order, with what each did by kind', () => {
    expect(score.team!.participants.map((p) => [p.name, p.role])).toEqual(TEAM.map((p) => [p.name, p.role]));
    // Ana: the acknowledgement, the declaration and the resolution (incident work), and ending the drill.
    expect(person('Ana')).toMatchObject({ actions: 4, byKind: { commands: 0, queries: 0, communication: 0, incident: 3, other: 1 } });
    expect(person('Cy')).toMatchObject({ actions: 1, byKind: { commands: 1, queries: 0, communication: 0, incident: 0, other: 0 } });
    expect(person('Ben')).toMatchObject({ actions: 2, byKind: { commands: 0, queries: 0, communication: 2, incident: 0, other: 0 } });
  });

  it('times each at the keyboard from the switches to the end', () => {
    expect(person('Ana').actingMs).toBe(4 * MINUTE + 30 * SECOND);
    expect(person('Cy').actingMs).toBe(35 * SECOND);
    expect(person('Ben').actingMs).toBe(4 * MINUTE + 25 * SECOND);
  });

  it('gives each earned criterion to whoever took its earliest evidence', () => {
    expect(person('Cy').criteria).toContain('roll-back');
    expect(person('Ana').criteria).toContain('acknowledge-page');
    for (const c of score.criteria.filter((cr) => cr.points > 0)) {
      const owner = c.evidence.length > 0 ? took.get(Math.min(...c.evidence)) : undefined;
      const holder = score.team!.participants.find((p) => p.criteria.includes(c.id))?.name ?? null;
      expect(holder, c.id).toBe(owner ?? null);
    }
    for (const p of score.team!.participants) {
      expect(p.points, p.name).toBe(score.criteria.filter((c) => p.criteria.includes(c.id)).reduce((sum, c) => sum + c.points, 0));
    }
  });

  it("lists each participant's first actions with their text", () => {
    expect(person('Cy').moments).toEqual([{ seq: expect.any(Number) as number, t: 4 * MINUTE, type: 'terminal.exec', text: 'kubectl rollout undo deployment/checkout -n shop' }]);
  });

  it('re-plays from the log to byte-identical score JSON, breakdown included', () => {
    const session = backend.context.session!;
    const replayed = replayDrill(session.scenario, session.seed, events, session.drill.now);
    expect(JSON.stringify(scoreAttempt(scoringContext(replayed, events)))).toBe(JSON.stringify(score));
  });

  it('shows who was acting at each moment of its replay, seeking back and forth', async () => {
    valueOf(await backend.invoke('replay.open', { attempt: backend.context.session!.attemptId }));
    try {
      const actingAt = async (t: number) => valueOf(await backend.invoke('replay.seek', { t })).team?.acting;
      expect(await actingAt(5 * MINUTE)).toBe('Ben');
      expect(await actingAt(4 * MINUTE + 10 * SECOND)).toBe('Cy');
      expect(await actingAt(MINUTE)).toBe('Ana');
      expect(await actingAt(9 * MINUTE + 30 * SECOND)).toBe('Ana');
    } finally {
      await backend.invoke('replay.close', {});
    }
  });

  describe('exported as a bundle and imported by a grader', () => {
    let grader: Backend;
    let imported: number;
    beforeAll(() => {
      grader = backendWith([SCENARIO]);
      const bundle = exportBundle(backend.context.store, backend.context.session!.attemptId, { appVersion: '1' });
      if (!bundle.ok) throw new Error(bundle.error.message);
      const outcome = importBundle(grader.context.store, 'team.firedrill.json', bundle.value.json);
      if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
      expect(outcome.flags).toEqual([]);
      imported = outcome.attempt;
    }, 60_000);
    afterAll(() => grader.close());

    it('keeps the team and re-scores to the same breakdown', () => {
      const record = attemptReportRecord(grader.context.store, imported)!;
      expect(record.team).toEqual(TEAM);
      expect(record.score!.team).toEqual(score.team);
      expect(attemptJson(record)).toMatchObject({ participants: TEAM, score: { team: score.team } });
    });

    it('names the participants in the last column of the class CSV', () => {
      const report = classReport(grader.context.store, 'csv', {});
      if (!report.ok) throw new Error(report.error.message);
      const [header, row] = report.value.content.trimEnd().split('\r\n');
      expect(header!.split(',').at(-1)).toBe('participants');
      expect(row!.split(',').at(-1)).toBe('Ana (ic); Ben (comms); Cy (ops)');
    });

    it("gives the HTML report a Team section: each participant's role, actions, points, time and first actions", () => {
      const html = attemptHtml(attemptReportRecord(grader.context.store, imported)!);
      const section = html.slice(html.indexOf('<h2>Team</h2>'), html.indexOf('<h2>Timeline</h2>'));
      expect(section).toContain('<th>Participant</th><th>Role</th><th>Actions by kind</th><th>Points and criteria</th><th>Time acting</th><th>First actions</th>');
      const cy = person('Cy');
      expect(section).toContain(`<tr><td>Cy</td><td>Operations lead</td><td>1<div class="evidence">commands 1</div></td><td>${cy.points}<div class="evidence">${cy.criteria.join(', ')}</div></td><td>0:35</td>`);
      expect(section).toContain('4:00 terminal.exec — kubectl rollout undo deployment/checkout -n shop');
      expect(section).toContain('<td>Ana</td><td>Incident commander</td><td>4<div class="evidence">incident 3, other 1</div>');
      expect(section).toContain('<td>Ben</td><td>Communications lead</td>');
    });
  });
});
