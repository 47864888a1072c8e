import type { z } from 'zod';
import type { TargetKind } from '../faults/types';
import type { World } from '../world';

/** What an operation says happened: text for the terminal and UI, and whether it was accepted. */
export type OperationResult = { ok: boolean; output: string };

export type OperationContext = {
  /** Schedules the operation's finishing effect after `ms` of sim time (a failover, a renewal). */
  complete(ms: number, effect: () => void): void;
};

/** A learner operation on the world: a name, a target, parameters, and what it does (now and on completion). */
export type Operation<P = Record<string, unknown>> = {
  name: string;
  summary: string;
  target: TargetKind;
  params: z.ZodType<P>;
  run(world: World, target: string, params: P, context: OperationContext): OperationResult;
};

export function defineOperation<P>(operation: Operation<P>): Operation {
  return operation as unknown as Operation;
}
