import type { PushEventName, PushEvents } from '../../contract';
import type { ActionOutcome, DrillAction, DrillEvent } from '../../engine/drill';
import { Drill } from '../../engine/drill';
import type { Scenario } from '../../engine/scenario';
import type { ScoreReport } from '../../engine/scoring';
import { scoreAttempt, scoringContext } from '../../engine/scoring';
import type { Store } from '../store';

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
    /** A difficulty level id of the scenario (its default when undefined); the handler has checked it exists. */
    difficulty?: string,
  ) {
    this.drill = new Drill(scenario, seed, difficulty);
    const level = this.drill.difficulty.id;
    store.events.append(attemptId, 0, 'drill.start', { scenario: scenario.id, version: scenario.version, seed, difficulty: level });
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

  score(): ScoreReport {
    return scoreAttempt(scoringContext(this.drill, this.events()));
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
