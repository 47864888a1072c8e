import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { defaultDifficulty, difficultyLevels, formatProblem } from '../../engine/scenario';
import type { ScoreReport } from '../../engine/scoring';
import { parseActionsFile } from '../drill/actions-file';
import { scenarioFoldersIn, validateFolder } from '../scenarios/catalog';
import { playHeadless } from './headless';
import type { CliIo } from './io';
import type { CheckLine } from './scenario-check';
import { expertScoreChecks, formatCheckLine } from './scenario-check';

export type ScenarioCheckArgs = { target: string; scenariosDir: string };

/** The script whose play proves a scenario solvable, relative to the scenario folder. */
const EXPERT_SCRIPT = join('scripts', 'expert.json');

/**
 * `scenario check <id|folder>`: validates the folder as `scenario validate` does, then plays its expert script
 * headless and checks the score (see `expertScoreChecks`). One ✓/✗ line per check, then the expert's total;
 * exit 1 if any check failed.
 */
export async function scenarioCheckCommand(args: ScenarioCheckArgs, io: CliIo): Promise<number> {
  const folder = findFolder(args);
  if (folder === undefined) {
    io.err(`${args.target}: no such scenario folder or bundled scenario id`);
    return 1;
  }
  const lines: CheckLine[] = [];
  const score = await checkFolder(folder, args.scenariosDir, lines);
  for (const line of lines) io.out(formatCheckLine(line));
  if (score !== undefined) io.out(`expert: ${score.total}/${score.max}`);
  const failed = lines.filter((l) => !l.ok).length;
  io.out(failed === 0 ? `${folder}: solvable` : `${folder}: ${failed} check${failed === 1 ? '' : 's'} failed`);
  return failed === 0 ? 0 : 1;
}

function findFolder({ target, scenariosDir }: ScenarioCheckArgs): string | undefined {
  if (existsSync(target) && statSync(target).isDirectory()) return resolve(target);
  return scenarioFoldersIn(scenariosDir).find((dir) => basename(dir) === target);
}

/** Runs the checks in order, stopping where a later one could not mean anything; returns the expert's score if played. */
async function checkFolder(folder: string, scenariosDir: string, lines: CheckLine[]): Promise<ScoreReport | undefined> {
  const validation = validateFolder(folder);
  if (!validation.ok) {
    lines.push({ ok: false, text: `scenario is invalid (${validation.problems.length} problem${validation.problems.length === 1 ? '' : 's'})` });
    for (const problem of validation.problems) lines.push({ ok: false, text: formatProblem(folder, problem) });
    return undefined;
  }
  lines.push({ ok: true, text: `valid (${validation.scenario.id} ${validation.scenario.version})` });

  const scriptPath = join(folder, EXPERT_SCRIPT);
  if (!existsSync(scriptPath)) {
    lines.push({ ok: false, text: `${EXPERT_SCRIPT}: missing; write the actions of a learner who solves the incident` });
    return undefined;
  }
  const parsed = parseActionsFile(readFileSync(scriptPath, 'utf8'));
  if (!parsed.ok) {
    lines.push({ ok: false, text: `${EXPERT_SCRIPT} is not a valid actions file` });
    for (const problem of parsed.problems) lines.push({ ok: false, text: `${EXPERT_SCRIPT}:${problem}` });
    return undefined;
  }
  lines.push({ ok: true, text: `${EXPERT_SCRIPT}: ${parsed.actions.length} actions` });

  const played = await playExpert(folder, scriptPath, scenariosDir, undefined, lines);
  // Every other difficulty level must be solvable too: the expert plays it again and must still mitigate in full.
  const doc = validation.scenario.doc;
  for (const level of difficultyLevels(doc).filter((l) => l.id !== defaultDifficulty(doc))) {
    const atLevel: CheckLine[] = [];
    const score = await playExpert(folder, scriptPath, scenariosDir, level.id, atLevel);
    lines.push(...atLevel.filter((l) => !l.text.startsWith('every criterion')).map((l) => ({ ok: l.ok, text: `level ${level.id}: ${l.text}` })));
    if (score !== undefined) lines.push({ ok: true, text: `level ${level.id}: expert ${score.total}/${score.max}` });
  }
  return played;
}

/** Plays the expert at one difficulty level (the default when undefined) and checks its score; the score if played. */
async function playExpert(folder: string, scriptPath: string, scenariosDir: string, difficulty: string | undefined, lines: CheckLine[]): Promise<ScoreReport | undefined> {
  // The play's own complaints (a refused request, a failed start) arrive on its stderr: collect them as failures.
  const refused: string[] = [];
  const captured: CliIo = { out: () => {}, err: (line) => refused.push(line) };
  const played = await playHeadless({ target: folder, difficulty, actionsFile: scriptPath, scenariosDir }, captured, (result) => result.score);
  if (refused.length > 0) {
    lines.push({ ok: false, text: `the app refused ${refused.length} of the expert's requests; every request must be accepted` });
    for (const line of refused) lines.push({ ok: false, text: line });
  } else {
    lines.push({ ok: true, text: 'the app accepted every request of the expert' });
  }
  if (typeof played === 'number') return undefined;
  lines.push(...expertScoreChecks(played));
  return played;
}
