import { z } from 'zod';
import type { ActionOutcome, DrillView } from '../engine/drill';
import type { ScoreReport } from '../engine/scoring';

const nothing = z.strictObject({});

/** Clock speeds the host offers: paused, real time, and two fast-forwards. */
export const CLOCK_SPEEDS = [0, 1, 10, 60] as const;

/**
 * Every request: its input schema, and whether it is a learner action written to the attempt's event
 * log before it takes effect. Automatic reads (the view the screens poll) are not recorded.
 */
export const requestSpecs = {
  'scenario.list': { input: nothing, recorded: false },
  'scenario.problems': { input: nothing, recorded: false },
  'drill.start': {
    input: z.strictObject({
      scenario: z.string().min(1, 'required'),
      version: z.string().min(1).optional(),
      seed: z.int().min(0).max(2 ** 31 - 1).optional(),
      learner: z.string().trim().min(1).max(100).optional(),
    }),
    recorded: false,
  },
  'drill.view': { input: nothing, recorded: false },
  'drill.clock': {
    input: z.strictObject({
      speed: z.union(CLOCK_SPEEDS.map((s) => z.literal(s)), { message: `must be one of ${CLOCK_SPEEDS.join(', ')}` }),
    }),
    recorded: true,
  },
  'drill.end': { input: nothing, recorded: true },
  'terminal.exec': { input: z.strictObject({ command: z.string().max(4096, 'longer than 4096 characters') }), recorded: true },
  'operation.run': {
    input: z.strictObject({
      operation: z.string().min(1, 'required'),
      target: z.string().min(1, 'required'),
      params: z.record(z.string(), z.unknown()).default({}),
    }),
    recorded: true,
  },
  'alert.acknowledge': { input: z.strictObject({ alert: z.string().min(1, 'required') }), recorded: true },
  'incident.resolve': { input: z.strictObject({ summary: z.string().max(4000).default('') }), recorded: true },
  'score.get': { input: nothing, recorded: false },
} as const;

export type RequestName = keyof typeof requestSpecs;

/** What a caller sends for each request (before defaults are applied). */
export type RequestInput<K extends RequestName> = z.input<(typeof requestSpecs)[K]['input']>;

/** What a handler receives for each request (after validation and defaults). */
export type ValidInput<K extends RequestName> = z.output<(typeof requestSpecs)[K]['input']>;

export type ScenarioSummary = { id: string; version: string; title: string; summary: string; seed: number; duration: string };

export type ScenarioProblemReport = { folder: string; file: string; path: string; reason: string };

export type DrillStarted = { scenario: string; version: string; seed: number; title: string };

/** What each request answers with. */
export type RequestOutputs = {
  'scenario.list': ScenarioSummary[];
  'scenario.problems': ScenarioProblemReport[];
  'drill.start': DrillStarted;
  'drill.view': DrillView;
  'drill.clock': Extract<ActionOutcome, { type: 'drill.clock' }>;
  'drill.end': ScoreReport;
  'terminal.exec': Extract<ActionOutcome, { type: 'terminal.exec' }>;
  'operation.run': Extract<ActionOutcome, { type: 'operation.run' }>;
  'alert.acknowledge': Extract<ActionOutcome, { type: 'alert.acknowledge' }>;
  'incident.resolve': Extract<ActionOutcome, { type: 'incident.resolve' }>;
  'score.get': ScoreReport;
};

export function isRequestName(name: string): name is RequestName {
  return Object.hasOwn(requestSpecs, name);
}
