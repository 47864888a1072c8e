import type { z } from 'zod';
import type { WorldSpec } from '../../scenario/world-schema';
import type { World } from '../world';

/** What kind of thing a fault or operation targets; validation checks the target exists. */
export type TargetKind = 'service' | 'host' | 'datastore' | 'cache' | 'queue' | 'certificate' | 'job' | 'flag' | 'pair' | 'host-mount' | 'none';

/** A running fault as its operator sees it: the scenario's target and validated parameters. */
export type ActiveFault<P> = { id: string; target: string; params: P };

/**
 * A fault operator: a parametrised change to world state. `start` applies it; `stop` takes its effect away
 * when it is cleared; `isOver` reports a fault the world itself has ended (the bad version is gone, the
 * cache is warm again).
 */
export type FaultOperator<P = Record<string, unknown>> = {
  kind: string;
  summary: string;
  target: TargetKind;
  params: z.ZodType<P>;
  start(world: World, fault: ActiveFault<P>): void;
  /** Called every tick while active (ramps, leaks, fills). */
  step?(world: World, fault: ActiveFault<P>, dtSec: number): void;
  stop(world: World, fault: ActiveFault<P>): void;
  isOver?(world: World, fault: ActiveFault<P>): boolean;
  /** Problems with the parameters against the scenario's world (a writer that is not a service…), as field → reason. */
  check?(world: WorldSpec, fault: ActiveFault<P>): { field: string; reason: string }[];
};

/** Registers an operator with its parameter type erased, for the table keyed by kind. */
export function defineFault<P>(operator: FaultOperator<P>): FaultOperator {
  return operator as unknown as FaultOperator;
}
