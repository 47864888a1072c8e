import type { RequestOutputs } from '../../../electron/contract';

export type Debrief = RequestOutputs['debrief.get'];
export type DebriefMoment = Debrief['learner'][number];
export type DebriefLane = DebriefMoment['lane'];
export type SignalUnit = NonNullable<Debrief['signal']>['unit'];

/** Each lane's name on the chart, in the order the rows are drawn (world first, then what the person did). */
export const LANE_NAMES: Record<DebriefLane, string> = {
  alerts: 'Alerts',
  reads: 'Reads',
  actions: 'Actions',
  messages: 'Messages',
  recovery: 'Recovery',
};
export const LANES = Object.keys(LANE_NAMES) as DebriefLane[];

/** Minutes since the drill started, as m:ss (the chart's shared axis). */
export function sinceStart(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** Where the shared time axis ends: the later of the two runs (an ideal run may outlast a learner who ended early). */
export function axisEnd(debrief: Debrief): number {
  const ends = [debrief.endedAt, ...(debrief.ideal ?? []).map((m) => m.at), ...(debrief.signal?.ideal ?? []).map(([t]) => t)];
  return Math.max(60_000, ...ends);
}

export type SignalRow = { t: number; you?: number; ideal?: number };

/** Both signals as one row per time, for a chart with one line each (a run missing a step has a gap there). */
export function signalRows(signal: NonNullable<Debrief['signal']>): SignalRow[] {
  const rows = new Map<number, SignalRow>();
  const row = (t: number) => rows.get(t) ?? rows.set(t, { t }).get(t)!;
  for (const [t, v] of signal.learner) row(t).you = v;
  for (const [t, v] of signal.ideal ?? []) row(t).ideal = v;
  return [...rows.values()].sort((a, b) => a.t - b.t);
}

/** A signal value in its unit: an error ratio as a percentage, a latency in ms or s. */
export function formatSignal(value: number, unit: SignalUnit): string {
  if (unit === 'ratio') {
    const percent = value * 100;
    return `${percent < 10 ? percent.toFixed(1) : percent.toFixed(0)}%`;
  }
  if (unit === 'seconds') return value < 1 ? `${Math.round(value * 1000)} ms` : `${value.toFixed(2)} s`;
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** The moments of a path, lane by lane, each lane in time order. */
export function byLane(moments: readonly DebriefMoment[]): Record<DebriefLane, DebriefMoment[]> {
  const lanes = Object.fromEntries(LANES.map((lane) => [lane, [] as DebriefMoment[]])) as Record<DebriefLane, DebriefMoment[]>;
  for (const m of moments) lanes[m.lane].push(m);
  return lanes;
}

/** What an evidence button says: the moment's label when the event is on the chart, else its number. */
export function evidenceLabel(moments: readonly DebriefMoment[], seq: number): string {
  return moments.find((m) => m.seq === seq)?.label ?? `event #${seq}`;
}

/** How a category reads in the breakdown: its name and points, e.g. `Diagnose 5 / 20`. */
export function categoryTitle(name: string, points: { points: number; max: number }): string {
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${points.points} / ${points.max}`;
}
