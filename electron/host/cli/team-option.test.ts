import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ScoreReport } from '../../engine/scoring';
import { runCli } from './cli-testing';
import { parseTeamOption } from './team-option';

const BUNDLED = fileURLToPath(new URL('../../../scenarios/checkout-bad-deploy', import.meta.url));
const SCENARIOS = dirname(BUNDLED);
/** The team the bundled team script switches between. */
const TRIO = 'Mira:ic,Dev:comms,Kai:ops';

describe('parseTeamOption', () => {
  it('reads name:role pairs in order, trimming spaces', () => {
    expect(parseTeamOption(' Ana : ic, Ben:comms ,Cy:scribe')).toEqual({
      ok: true,
      team: [
        { name: 'Ana', role: 'ic' },
        { name: 'Ben', role: 'comms' },
        { name: 'Cy', role: 'scribe' },
      ],
    });
  });

  it.each([
    ['Ana,Ben:comms', '"Ana" is not name:role'],
    [':ic,Ben:comms', '":ic" is not name:role'],
    ['Ana:chef,Ben:comms', '"Ana" has no known role "chef"'],
    ['Ana:ic,ana:ops', '"ana" is named twice'],
    ['Ana:ic', 'a team has 2 to 8 participants, not 1'],
    [Array.from({ length: 9 }, (_, i) => `P${i}:ops`).join(','), 'a team has 2 to 8 participants, not 9'],
  ])('refuses %j: %s', (value, why) => {
    expect(parseTeamOption(value)).toEqual({ ok: false, message: `--team: ${why} (expected "name:role,name:role", roles ic|comms|ops|scribe)` });
  });
});

describe('firedrill drill play --team', () => {
  const play = async (script: string, ...extra: string[]) => {
    const run = await runCli('drill', 'play', 'checkout-bad-deploy', '--scenarios', SCENARIOS, '--actions', join(BUNDLED, 'scripts', `${script}.json`), ...extra);
    return { ...run, score: run.code === 0 ? (JSON.parse(run.out.join('\n')) as ScoreReport) : undefined };
  };

  it("plays the team script to the expert's total, the points split across the trio by who took each action", async () => {
    const expert = await play('expert');
    const team = await play('team', '--team', TRIO);
    expect(team.err).toEqual([]);
    expect(expert.score!.team).toBeUndefined();
    expect(team.score!.total).toBe(expert.score!.total);
    expect(team.score!.total).toBe(team.score!.max);
    const [mira, dev, kai] = team.score!.team!.participants;
    expect([mira!.name, dev!.name, kai!.name]).toEqual(['Mira', 'Dev', 'Kai']);
    // The script gives Kai the terminal, Dev the stakeholder messages and updates, Mira the rest.
    expect(kai!.byKind).toEqual({ commands: 3, queries: 0, communication: 0, incident: 0, other: 0 });
    expect(kai!.criteria).toEqual(expect.arrayContaining(['inspect-workload', 'find-the-release', 'roll-back']));
    expect(dev!.byKind.communication).toBe(4);
    expect(dev!.criteria).toEqual(expect.arrayContaining(['initial-report', 'stakeholders-answered']));
    expect(mira!.criteria).toEqual(expect.arrayContaining(['acknowledge-page', 'severity-matches', 'postmortem-root-cause']));
    for (const p of [mira!, dev!, kai!]) expect(p.points).toBeGreaterThan(0);
    const earned = team.score!.criteria.filter((c) => c.points > 0).reduce((sum, c) => sum + c.points, 0);
    expect(mira!.points + dev!.points + kai!.points + team.score!.team!.unattributed.points).toBe(earned);
  }, 120_000);

  it('says what is wrong with a malformed team and plays nothing', async () => {
    const run = await play('team', '--team', 'Mira:ic;Dev:comms');
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual(['--team: "Mira" has no known role "ic;Dev:comms" (expected "name:role,name:role", roles ic|comms|ops|scribe)']);
  });

  it('refuses the switches of a script played without a team, one warning each', async () => {
    const run = await play('team');
    const switches = (JSON.parse(readFileSync(join(BUNDLED, 'scripts', 'team.json'), 'utf8')) as { request: string }[]).filter((a) => a.request === 'drill.actAs');
    expect(run.code).toBe(0);
    expect(switches.length).toBeGreaterThan(2);
    expect(run.err.length).toBe(switches.length);
    expect(run.err[0]).toMatch(/^actions\[3\] drill\.actAs: this is not a team drill/);
  }, 120_000);
});

describe('firedrill drill export --team', () => {
  it('plays the team drill and writes its logs', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fd-team-export-')), 'logs.ndjson');
    const run = await runCli('drill', 'export', 'checkout-bad-deploy', '--scenarios', SCENARIOS, '--team', TRIO, '--actions', join(BUNDLED, 'scripts', 'team.json'), '--format', 'ndjson', '--out', out);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(existsSync(out) && statSync(out).size).toBeGreaterThan(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toMatch(/^\{/);
  }, 120_000);

  it('refuses --team with a stored attempt, which has its own team', async () => {
    const run = await runCli('drill', 'export', '--attempt', '1', '--db', '/nonexistent.db', '--team', TRIO, '--format', 'ndjson', '--out', '/tmp/x');
    expect(run.code).toBe(2);
    expect(run.err).toEqual(['--seed, --actions and --team replay a scenario; an attempt has its own seed, actions and team']);
  });
});
