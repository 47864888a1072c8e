import type { PushEventName, PushEvents } from '../../contract';
import type { ActionOutcome, DrillAction, DrillEvent } from '../../engine/drill';
import { Drill, replayDrill } from '../../engine/drill';
import type { Scenario } from '../../engine/scenario';
import type { ScoreReport } from '../../engine/scoring';
import { scoreAttempt, scoringContext } from '../../engine/scoring';
import { markInterventions } from '../instructor/interventions';
import type { Store } from '../store';
import type { Participant } from '../../engine/team/types';

/**
 * What a handler may use of a session: every public member of `DrillSession`. A live drill and a replayed
 * past attempt (`ReplaySession`) both are one.
 */
export type AttemptSession = Pick<DrillSession, keyof DrillSession>;

export type Emit = <E extends PushEventName>(event: E, payload: PushEvents[E]) => void;

/**
 * One attempt being played: the engine's drill plus its persisted event log. Every action is appended
 * to the log first and applied second, so a crash never loses an action that had an effect.
 */
export class DrillSession {
  readonly drill: Drill;
  private announced = 0;
  private finalized = false;

  constructor(
    private readonly store: Store,
    readonly scenario: Scenario,
    readonly seed: number,
    readonly attemptId: number,
    private readonly emit: Emit,
    /** Who is playing: the default author of the silences they create. */
    readonly learner = 'learner',
    /**
     * A new drill at a difficulty level id of the scenario (its default when undefined; the handler has checked
     * it exists), or an interrupted one continued from its stored log.
     */
    from: { difficulty?: string; team?: readonly Participant[] } | { log: readonly DrillEvent[] } = {},
  ) {
    if ('log' in from) {
      // Resumed (the app closed or crashed mid-drill): re-derived up to its last logged event, and the same log
      // goes on, so the hash chain continues. What happened before was announced then.
      this.drill = replayDrill(scenario, seed, from.log, resumeTime(from.log));
      this.announced = this.drill.occurrences().length;
      // A crash between the drill.end event and the attempt being marked ended: finish the paperwork now.
      this.afterChange();
      return;
    }
    this.drill = new Drill(scenario, seed, from.difficulty, from.team);
    const level = this.drill.difficulty.id;
    // A team drill records its team (replay and re-score read it back); a drill played alone logs what it always did.
    const team = from.team && from.team.length > 0 ? { team: from.team } : {};
    store.events.append(attemptId, 0, 'drill.start', { scenario: scenario.id, version: scenario.version, seed, difficulty: level, ...team });
    this.announced = this.drill.occurrences().length;
  }

  act(action: DrillAction): ActionOutcome {
    const { type, ...payload } = action;
    this.store.events.append(this.attemptId, this.drill.now, type, payload);
    const outcome = this.drill.apply(action);
    this.afterChange();
    return outcome;
  }

  /** Writes a read the learner started (a query typed) to the event log; it changes nothing in the world. */
  record(type: string, payload: unknown): void {
    this.store.events.append(this.attemptId, this.drill.now, type, payload);
  }

  advanceTo(t: number): void {
    this.drill.advanceTo(t);
    this.afterChange();
  }

  events(): DrillEvent[] {
    return this.store.events.list(this.attemptId).map(({ seq, t, type, payload }) => ({ seq, t, type, payload }));
  }

  /** The score over the log so far; points earned after an instructor stepped in say so in their details. */
  score(): ScoreReport {
    const events = this.events();
    return markInterventions(scoreAttempt(scoringContext(this.drill, events)), events, this.drill.sim.world.startUnixMs);
  }

  /** Pushes what the last change produced, and files the score once the drill is over. */
  private afterChange(): void {
    const occurrences = this.drill.occurrences();
    for (const o of occurrences.slice(this.announced)) {
      if (o.kind === 'alert.fired' || o.kind === 'alert.resolved') this.emit(o.kind, { alert: o.name, at: o.at });
      if (o.kind === 'notification.delivered') {
        const d = this.drill.alerting.delivery(o.name);
        if (d) this.emit('notification.delivered', { id: d.id, channel: d.channel, subject: d.subject, at: o.at });
      }
    }
    this.announced = occurrences.length;
    if (this.drill.ended && !this.finalized) {
      this.finalized = true;
      this.store.attempts.markEnded(this.attemptId);
      this.store.scores.save(this.attemptId, this.score());
      this.emit('drill.ended', { at: this.drill.now });
    }
  }
}

/**
 * Where a resumed drill picks up: its last logged event's time. The clock ran on unlogged after it, but nobody can
 * say how far, and the learner saw nothing of that time that they acted on.
 */
export function resumeTime(events: readonly DrillEvent[]): number {
  return Math.max(0, ...events.map((e) => e.t));
}
