import { z } from 'zod';
import type { SimMillis } from '../clock';
import { parseDuration } from '../duration';
import type { FaultChange, FaultRuntime } from '../faults/runtime';
import type { World } from '../world';
import { OPERATIONS } from './registry';
import type { OperationResult } from './types';
import { targetProblem } from '../../scenario/targets';

type Pending = { at: SimMillis; operation: string; target: string; effect: () => void; seq: number };

/** Runs learner operations against the world, including the effects that land after their duration. */
export class OperationRuntime {
  private pending: Pending[] = [];
  private seq = 0;

  constructor(
    private readonly faults: FaultRuntime,
    private readonly durations: Readonly<Record<string, { duration: string }>>,
  ) {}

  run(world: World, name: string, target: string, params: unknown): { result: OperationResult; changes: FaultChange[] } {
    const operation = OPERATIONS.get(name);
    if (!operation) return { result: { ok: false, output: `unknown operation "${name}" (known: ${[...OPERATIONS.keys()].join(', ')})` }, changes: [] };
    const problem = targetProblem(world.spec, operation.target, target);
    if (problem) return { result: { ok: false, output: `${name}: ${problem}` }, changes: [] };
    const parsed = operation.params.safeParse(params ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      return { result: { ok: false, output: `${name}: ${first.path.join('.') || 'params'}: ${first.message}` }, changes: [] };
    }
    const override = this.durations[name]?.duration;
    let scheduled = false;
    const result = operation.run(world, target, parsed.data, {
      complete: (ms, effect) => {
        scheduled = true;
        const after = override !== undefined ? parseDuration(override)! : ms;
        this.pending.push({ at: (world.now + after) as SimMillis, operation: name, target, effect, seq: this.seq++ });
      },
    });
    world.events.push({ at: world.now, kind: 'operation', target, message: `${name} ${target}: ${result.output}` });
    if (!result.ok) return { result, changes: [] };
    const changes = this.faults.operationRan(world, name, target, 'started');
    if (!scheduled) changes.push(...this.faults.operationRan(world, name, target, 'completed'));
    return { result, changes };
  }

  /** Lands every operation effect due by now, in the order they were scheduled. */
  step(world: World): FaultChange[] {
    const due = this.pending.filter((p) => p.at <= world.now).sort((a, b) => a.at - b.at || a.seq - b.seq);
    if (due.length === 0) return [];
    this.pending = this.pending.filter((p) => p.at > world.now);
    const changes: FaultChange[] = [];
    for (const p of due) {
      p.effect();
      changes.push(...this.faults.operationRan(world, p.operation, p.target, 'completed'));
    }
    return changes;
  }
}

export const operationRequestSchema = z.strictObject({ operation: z.string().min(1), target: z.string().min(1), params: z.record(z.string(), z.unknown()).default({}) });
