import { z } from 'zod';
import { conditionSchema } from '../sim/faults/conditions';
import { duration, name } from './common';

const trigger = z.union([
  z.strictObject({ at: duration }),
  z.strictObject({ after: name, delay: duration.default('0s') }),
  z.strictObject({ when: conditionSchema }),
  z.strictObject({ operation: z.string().min(1), target: z.string().min(1).optional() }),
  /** A library fault: it never starts by itself, only when the instructor injects it during a drill. */
  z.strictObject({ injected: z.literal(true) }),
]);

const clearer = z.strictObject({ operation: z.string().min(1), target: z.string().min(1).optional() });

/** A fault: which operator, on what, with which parameters, when it starts, and what clears it. */
export const faultSchema = z.strictObject({
  id: name,
  /** What the instructor console calls it ("Disk filling on the database host"); a library fault must have one. */
  title: z.string().min(1).max(200).optional(),
  kind: z.string().min(1),
  target: z.string().min(1).default('-'),
  trigger,
  params: z.record(z.string(), z.unknown()).default({}),
  /** The fault ends by itself after this long (a spike that passes), if set. */
  duration: duration.optional(),
  /** Operations that end it, beyond what the world itself ends (a rolled-back version). */
  cleared_by: z.array(clearer).default([]),
  /** A harmless anomaly: it shows in the signals but is not the incident (timings ignore it). */
  red_herring: z.boolean().default(false),
});

export type FaultSpec = z.infer<typeof faultSchema>;
export type FaultTrigger = FaultSpec['trigger'];
