import type { FaultSpec } from '../../scenario/fault-schema';
import type { SimMillis } from '../clock';
import { parseDuration } from '../duration';
import type { World } from '../world';
import { conditionHolds } from './conditions';
import { injectionOnlyFaults } from './library';
import { FAULTS } from './registry';
import type { ActiveFault, FaultOperator } from './types';

export type FaultState = {
  spec: FaultSpec;
  operator: FaultOperator;
  active: ActiveFault<Record<string, unknown>>;
  state: 'waiting' | 'active' | 'cleared';
  startedAt?: SimMillis;
  clearedAt?: SimMillis;
  /** Set when the learner operation that triggers it has run, or the instructor injected it. */
  triggeredAt?: SimMillis;
};

/** `injected`: a library fault the instructor started (or one that waited after it), extra to the incident. */
export type FaultChange = { kind: 'fault.started' | 'fault.cleared'; fault: string; redHerring: boolean; injected?: true; at: SimMillis };

/** Starts faults when their triggers fire, steps the active ones, and clears them when the world or an operation ends them. */
export class FaultRuntime {
  readonly faults: FaultState[];
  /** Faults that start only after an instructor's injection; their changes are marked `injected`. */
  private readonly injectionOnly: ReadonlySet<string>;

  constructor(specs: readonly FaultSpec[]) {
    this.injectionOnly = injectionOnlyFaults(specs);
    this.faults = specs.map((spec) => {
      const operator = FAULTS.get(spec.kind)!;
      return { spec, operator, active: { id: spec.id, target: spec.target, params: operator.params.parse(spec.params) as Record<string, unknown> }, state: 'waiting' };
    });
  }

  step(world: World, dtSec: number): FaultChange[] {
    const changes: FaultChange[] = [];
    const now = world.now;
    for (const fault of this.faults) {
      if (fault.state === 'waiting' && this.triggered(world, fault)) {
        fault.state = 'active';
        fault.startedAt = now;
        fault.operator.start(world, fault.active);
        changes.push(this.change('fault.started', fault, now));
      }
    }
    for (const fault of this.faults) {
      if (fault.state !== 'active') continue;
      fault.operator.step?.(world, fault.active, dtSec);
      const lasted = fault.spec.duration !== undefined && now - fault.startedAt! >= parseDuration(fault.spec.duration)!;
      if (lasted || fault.operator.isOver?.(world, fault.active)) changes.push(this.clear(world, fault));
    }
    return changes;
  }

  /** An operation ran: faults it triggers are armed; faults it clears (per the scenario) end now. */
  operationRan(world: World, operation: string, target: string, phase: 'started' | 'completed'): FaultChange[] {
    const changes: FaultChange[] = [];
    for (const fault of this.faults) {
      const trigger = fault.spec.trigger;
      const matches = (t: string | undefined) => t === undefined || t === target;
      if (phase === 'started' && fault.state === 'waiting' && 'operation' in trigger && trigger.operation === operation && matches(trigger.target)) {
        fault.triggeredAt = world.now;
      }
      if (phase === 'completed' && fault.state === 'active' && fault.spec.cleared_by.some((c) => c.operation === operation && matches(c.target))) {
        changes.push(this.clear(world, fault));
      }
    }
    return changes;
  }

  /**
   * The instructor injects a library fault (trigger `injected`): it starts on the next step. Refused with a reason
   * for an unknown id, a fault that is not in the library, or one already injected.
   */
  inject(id: string, now: SimMillis): { ok: true } | { ok: false; reason: string } {
    const fault = this.faults.find((f) => f.spec.id === id);
    if (!fault) return { ok: false, reason: `no fault "${id}" in this scenario` };
    if (!('injected' in fault.spec.trigger)) return { ok: false, reason: `fault "${id}" is not in the scenario's library (it starts on its own)` };
    if (fault.state !== 'waiting' || fault.triggeredAt !== undefined) return { ok: false, reason: `fault "${id}" was already injected` };
    fault.triggeredAt = now;
    return { ok: true };
  }

  private clear(world: World, fault: FaultState): FaultChange {
    fault.state = 'cleared';
    fault.clearedAt = world.now;
    fault.operator.stop(world, fault.active);
    return this.change('fault.cleared', fault, world.now);
  }

  private change(kind: FaultChange['kind'], fault: FaultState, at: SimMillis): FaultChange {
    return { kind, fault: fault.spec.id, redHerring: fault.spec.red_herring, ...(this.injectionOnly.has(fault.spec.id) ? { injected: true as const } : {}), at };
  }

  private triggered(world: World, fault: FaultState): boolean {
    const trigger = fault.spec.trigger;
    if ('at' in trigger) return world.now >= parseDuration(trigger.at)!;
    if ('after' in trigger) {
      const other = this.faults.find((f) => f.spec.id === trigger.after);
      return other?.startedAt !== undefined && world.now >= other.startedAt + parseDuration(trigger.delay)!;
    }
    if ('when' in trigger) return conditionHolds(world, trigger.when);
    return fault.triggeredAt !== undefined;
  }
}
