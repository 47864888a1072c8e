import type { ScoreReport } from '../../engine/scoring';
import type { Backend } from '../backend';
import type { TimedRequest } from './actions-file';
import type { Participant } from '../../engine/team/types';

/** `team` plays a team drill: the script's `drill.actAs` requests then say who takes each action. */
export type PlayOptions = { scenario: string; version?: string; seed?: number; difficulty?: string; team?: Participant[]; actions: readonly TimedRequest[] };

export type PlayResult = { ok: true; score: ScoreReport; warnings: string[] } | { ok: false; message: string };

/**
 * Plays a drill headless through the same handlers the UI uses: starts it, sends each request at its sim
 * time, runs on to the scenario's end (unless a `drill.end` came first) and returns the score.
 */
export async function playDrill(backend: Backend, options: PlayOptions): Promise<PlayResult> {
  const start = await backend.invoke('drill.start', { scenario: options.scenario, version: options.version, seed: options.seed, difficulty: options.difficulty, team: options.team });
  if (!start.ok) return { ok: false, message: start.error.message };
  const session = backend.context.session!;
  const warnings: string[] = [];
  for (const [i, action] of options.actions.entries()) {
    if (!session.drill.ended) session.advanceTo(action.at);
    const result = await backend.invoke(action.request, action.input as never);
    if (!result.ok) warnings.push(`actions[${i}] ${action.request}: ${result.error.message}`);
  }
  if (!session.drill.ended) session.advanceTo(session.drill.endsAt);
  return { ok: true, score: session.score(), warnings };
}
