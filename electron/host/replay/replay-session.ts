import type { TranscriptEntry } from '../../contract/requests';
import type { ActionOutcome, DrillAction, DrillEvent } from '../../engine/drill';
import { Drill, eventToAction } from '../../engine/drill';
import { loggedDifficulty, loggedTeam } from '../../engine/drill/replay';
import type { Scenario } from '../../engine/scenario';
import type { ScoreReport } from '../../engine/scoring';
import { scoreAttempt, scoringContext } from '../../engine/scoring';
import type { AttemptSession } from '../drill/session';
import type { Participant } from '../../engine/team/types';

export const READ_ONLY = 'this is a replay: it is read-only';

/** Where a stored attempt comes from: its scenario version, seed, log and who played it. */
export type ReplaySource = {
  scenario: Scenario;
  seed: number;
  attemptId: number;
  learner: string;
  /** The attempt's whole stored event log, in seq order. */
  events: readonly DrillEvent[];
  /** The sim time the attempt ended at (or got to, if it never ended). */
  endsAt: number;
};

/**
 * A past attempt re-derived from its scenario, seed and event log, at one moment of its timeline. It answers
 * the read handlers as a live session would, but nothing it does is written anywhere: `record` drops the
 * read, and `act` refuses (the back end refuses learner actions before they get here).
 */
export class ReplaySession implements AttemptSession {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly attemptId: number;
  readonly learner: string;
  readonly endsAt: number;
  private readonly stored: readonly DrillEvent[];
  private readonly difficulty: string | undefined;
  /** A team drill's team: a backwards seek starts the drill again with it, so `team.switch` events re-apply. */
  private readonly team: Participant[] | undefined;
  private current!: Drill;
  /** How many stored events (of every type) are behind the current moment. */
  private applied = 0;
  private commands: TranscriptEntry[] = [];

  constructor(source: ReplaySource) {
    this.scenario = source.scenario;
    this.seed = source.seed;
    this.attemptId = source.attemptId;
    this.learner = source.learner;
    this.endsAt = source.endsAt;
    this.stored = source.events;
    this.difficulty = loggedDifficulty(source.events);
    this.team = loggedTeam(source.events);
    this.restart();
    this.seek(0);
  }

  /** The drill as it was at the replay's moment. */
  get drill(): Drill {
    return this.current;
  }

  /**
   * Moves to sim time `t` (clamped to 0…endsAt). Forwards re-applies the stored events up to t, in log order,
   * exactly as `replayDrill` does; backwards starts again from the seed, since a drill cannot run backwards.
   */
  seek(t: number): void {
    const target = Math.min(Math.max(0, t), this.endsAt);
    if (target < this.current.now) this.restart();
    while (this.applied < this.stored.length && this.stored[this.applied]!.t <= target) {
      this.reapply(this.stored[this.applied]!);
      this.applied += 1;
    }
    this.current.advanceTo(target);
  }

  /** The commands typed up to the moment, each with the prompt it ran at and what it printed. */
  transcript(): TranscriptEntry[] {
    return this.commands.map((entry) => ({ ...entry }));
  }

  /** The logged events up to the replay's moment. */
  events(): DrillEvent[] {
    return this.stored.slice(0, this.applied).map((event) => ({ ...event }));
  }

  score(): ScoreReport {
    return scoreAttempt(scoringContext(this.current, this.events()));
  }

  /** A read during a replay is the reviewer looking, not the learner: nothing is logged. */
  record(_type: string, _payload: unknown): void {}

  act(_action: DrillAction): ActionOutcome {
    throw new Error(READ_ONLY);
  }

  /** The clock of a replay is the scrubber; a driver moving it is the same as seeking. */
  advanceTo(t: number): void {
    this.seek(t);
  }

  private restart(): void {
    this.current = new Drill(this.scenario, this.seed, this.difficulty, this.team);
    this.applied = 0;
    this.commands = [];
  }

  private reapply(event: DrillEvent): void {
    const action = eventToAction(event);
    if (action === undefined) return;
    this.current.advanceTo(event.t);
    const prompt = this.current.terminal.state().prompt;
    const outcome = this.current.apply(action);
    if (outcome.type === 'terminal.exec' && action.type === 'terminal.exec') {
      this.commands.push({ seq: event.seq, at: event.t, prompt, command: action.command, output: outcome.output, exitCode: outcome.exitCode });
    } else if (outcome.type === 'terminal.interrupt') {
      // Ctrl-C is part of what the terminal showed: the shell's 130 is what an interrupted command exits with.
      this.commands.push({ seq: event.seq, at: event.t, prompt, command: '^C', output: outcome.output, exitCode: 130 });
    }
  }
}
