import { z } from 'zod';
import { CHANNELS, SEVERITIES } from '../drill/incident/types';
import { duration, name } from './common';

/** Moments in a drill a scripted message can follow (with a delay). */
export const PEOPLE_ANCHORS = [
  'drill.start',
  'alert.fired',
  'page.triggered',
  'page.escalated',
  'incident.declared',
  'update.posted',
  'status.identified',
  'status.monitoring',
  'incident.resolved',
] as const;

/** Conditions that cancel a scripted message when they already hold at its time. */
export const PEOPLE_UNLESS = ['declared', 'updated', 'resolved', 'acknowledged', 'answered'] as const;

const person = { id: name, name: z.string().min(1).max(100), title: z.string().min(1).max(100) };

const teammate = z.strictObject(person);
const stakeholder = z.strictObject({ ...person, kind: z.enum(['support', 'product', 'executive']) });

/** When a scripted message is sent: at a sim time, some time after a moment, or when updates stop coming. */
const when = z.union([
  z.strictObject({ at: duration }),
  z.strictObject({ after: z.enum(PEOPLE_ANCHORS), delay: duration.default('0s') }),
  /** Since the last update was posted, or since the first alert fired when none has been. */
  z.strictObject({ no_update_for: duration }),
]);

const scripted = z.strictObject({
  id: name,
  /** A teammate's or stakeholder's id. */
  from: name,
  /** Stakeholders write in the stakeholder channel and teammates in the incident channel unless this says otherwise. */
  channel: z.enum(CHANNELS).optional(),
  when,
  unless: z.array(z.enum(PEOPLE_UNLESS)).default([]),
  text: z.string().min(1).max(2000),
  /** A question waits for an answer; how long it waited is recorded. */
  question: z.boolean().default(false),
  /** Asked again, once, if still unanswered after this long. */
  follow_up: z.strictObject({ after: duration, text: z.string().min(1).max(2000) }).optional(),
});

/** Update cadence per severity (PagerDuty: at least every 20 minutes for major incidents); null: no reminders. */
const cadence = z.strictObject(Object.fromEntries(SEVERITIES.map((s) => [s, duration.nullable()])) as Record<(typeof SEVERITIES)[number], z.ZodNullable<typeof duration>>);

export const DEFAULT_CADENCE = { SEV1: '10m', SEV2: '20m', SEV3: '30m', SEV4: '60m', SEV5: null } as const;

export const DEFAULT_TEAM = [
  { id: 'priya', name: 'Priya Shah', title: 'Database engineer' },
  { id: 'marco', name: 'Marco Díaz', title: 'Site reliability engineer' },
  { id: 'lee', name: 'Lee Okafor', title: 'Support engineer' },
];

export const DEFAULT_STAKEHOLDERS = [
  { id: 'support-lead', name: 'Jo Park', title: 'Support lead', kind: 'support' as const },
  { id: 'product-owner', name: 'Ana Costa', title: 'Product owner', kind: 'product' as const },
  { id: 'vp', name: 'Ruth Klein', title: 'VP Engineering', kind: 'executive' as const },
];

/** The people and communication protocol of a drill: `incident:` in scenario.yaml. */
export const incidentSchema = z.strictObject({
  /** The severity the scenario's truth warrants (what the scorer compares the declared one with). */
  severity: z.enum(SEVERITIES).optional(),
  /** The initial report is due this long after the first alert (PagerDuty: within 5 minutes). */
  initial_report_within: duration.default('5m'),
  cadence: cadence.default({ ...DEFAULT_CADENCE }),
  team: z.array(teammate).min(1).default(DEFAULT_TEAM),
  stakeholders: z.array(stakeholder).default(DEFAULT_STAKEHOLDERS),
  /** The status page's public components and the services behind each; empty: one per internal service. */
  components: z.array(z.strictObject({ name: z.string().min(1).max(60), services: z.array(name).min(1) })).default([]),
  script: z.array(scripted).default([]),
  /** Hints revealed one at a time by the hint button (each use is recorded). */
  hints: z.array(z.string().min(1).max(1000)).default([]),
});

export type IncidentSpec = z.infer<typeof incidentSchema>;
export type ScriptedMessage = IncidentSpec['script'][number];
export type TeammateSpec = IncidentSpec['team'][number];
export type StakeholderSpec = IncidentSpec['stakeholders'][number];
