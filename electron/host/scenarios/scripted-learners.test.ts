import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScoreReport } from '../../engine/scoring';
import { createBackend } from '../backend';
import { parseActionsFile } from '../drill/actions-file';
import { playDrill } from '../drill/play';
import { scenarioFoldersIn } from './catalog';

/**
 * The scripted learners of every bundled scenario (a folder with a scenario.yaml, so new scenarios join by being
 * added) prove the rubric ranks behaviour the way an instructor would: the expert above the novice above the idle
 * learner, the harmful learner paying its penalties, and every score reproducible and explained by events.
 */
const ROOT = fileURLToPath(new URL('../../../scenarios', import.meta.url));
const FOLDERS = scenarioFoldersIn(ROOT).filter((dir) => existsSync(join(dir, 'scenario.yaml')));
const LEARNERS = ['expert', 'novice', 'harmful', 'idle'] as const;
type Learner = (typeof LEARNERS)[number];
type Played = { score: ScoreReport; json: string; warnings: string[] };

/** Plays one script through the same handlers as the app and `drill play`, on a fresh in-memory database. */
async function play(folder: string, learner: Learner): Promise<Played> {
  const parsed = parseActionsFile(readFileSync(join(folder, 'scripts', `${learner}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${learner}.json: ${parsed.problems.join('; ')}`);
  const backend = createBackend({ dbPath: ':memory:', scenarioFolders: [folder], live: false });
  try {
    const result = await playDrill(backend, { scenario: basename(folder), actions: parsed.actions });
    if (!result.ok) throw new Error(result.message);
    return { score: result.score, json: JSON.stringify(result.score, null, 2), warnings: result.warnings };
  } finally {
    backend.close();
  }
}

/** Categories where a script earns something: the ones it targets. */
function earnedCategories(score: ScoreReport): string[] {
  return Object.entries(score.categories)
    .filter(([, c]) => c.points > 0)
    .map(([name]) => name);
}

it('finds the bundled scenarios', () => {
  expect(FOLDERS.map((dir) => basename(dir))).toEqual(expect.arrayContaining(['checkout-bad-deploy', 'sale-day-search']));
});

describe.each(FOLDERS.map((dir) => [basename(dir), dir]))('%s', (_id, folder) => {
  const played = {} as Record<Learner, Played>;
  beforeAll(async () => {
    for (const learner of LEARNERS) played[learner] = await play(folder, learner);
  }, 60_000);

  it('the app accepts every scripted request', () => {
    for (const learner of LEARNERS) expect({ learner, warnings: played[learner].warnings }).toEqual({ learner, warnings: [] });
  });

  it('orders the totals expert > novice > idle', () => {
    const { expert, novice, idle } = played;
    expect(expert.score.total).toBeGreaterThan(novice.score.total);
    expect(novice.score.total).toBeGreaterThan(idle.score.total);
  });

  it('gives the expert full marks on every mitigate criterion and more than the novice on each category the novice targets', () => {
    const { expert, novice } = played;
    const mitigate = expert.score.criteria.filter((c) => c.category === 'mitigate' && c.max > 0);
    expect(mitigate).not.toEqual([]);
    for (const c of mitigate) expect({ id: c.id, points: c.points }).toEqual({ id: c.id, points: c.max });
    const targeted = earnedCategories(novice.score);
    expect(targeted).not.toEqual([]);
    for (const category of targeted) {
      expect(expert.score.categories[category]!.points, category).toBeGreaterThan(novice.score.categories[category]!.points);
    }
  });

  it('charges the harmful learner its penalties: negative points that its total includes', () => {
    const { harmful, expert } = played;
    const penalties = harmful.score.criteria.filter((c) => c.points < 0);
    expect(penalties).not.toEqual([]);
    for (const c of penalties) expect(c.evidence, c.id).not.toEqual([]);
    const rewards = harmful.score.criteria.filter((c) => c.points > 0).reduce((sum, c) => sum + c.points, 0);
    const charged = penalties.reduce((sum, c) => sum + c.points, 0);
    expect(harmful.score.total).toBe(rewards + charged);
    expect(harmful.score.total).toBeLessThan(expert.score.total);
  });

  it('cites at least one event for every criterion the expert meets', () => {
    const met = played.expert.score.criteria.filter((c) => c.points > 0);
    expect(met).not.toEqual([]);
    for (const c of met) expect(c.evidence, c.id).not.toEqual([]);
  });

  it.each(LEARNERS)('replays %s to byte-identical score JSON', async (learner) => {
    expect((await play(folder, learner)).json).toBe(played[learner].json);
  }, 30_000);
});
