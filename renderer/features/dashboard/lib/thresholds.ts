import type { Thresholds } from '../../../../electron/contract';
import { resolveColor } from './colors';

/** Grafana's default thresholds for a new panel: green, red at 80. */
export const DEFAULT_THRESHOLDS: Thresholds = { mode: 'absolute', steps: [{ color: 'green', value: null }, { color: 'red', value: 80 }] };

/** A step's lower bound in the value's own units (percentage mode maps 0–100 onto min..max). */
export function stepBound(value: number | null, thresholds: Thresholds, range: { min: number; max: number }): number {
  if (value === null) return -Infinity;
  if (thresholds.mode === 'percentage') return range.min + ((range.max - range.min) * value) / 100;
  return value;
}

/**
 * The colour of the highest step whose bound the value reaches; the first step (value null) stands for −∞.
 * Steps are compared in ascending order whatever order the JSON lists them in.
 */
export function colourFor(value: number, thresholds: Thresholds | undefined, range: { min: number; max: number }): string | undefined {
  if (!thresholds || thresholds.steps.length === 0 || Number.isNaN(value)) return undefined;
  const steps = [...thresholds.steps].sort((a, b) => stepBound(a.value, thresholds, range) - stepBound(b.value, thresholds, range));
  let colour = steps[0]!.color;
  for (const step of steps) {
    if (value >= stepBound(step.value, thresholds, range)) colour = step.color;
  }
  return resolveColor(colour);
}

/** The bands of the thresholds between min and max, ascending: for gauge rims and threshold areas. */
export function thresholdBands(thresholds: Thresholds | undefined, range: { min: number; max: number }): { from: number; to: number; color: string }[] {
  if (!thresholds || thresholds.steps.length === 0) return [];
  const bounds = thresholds.steps
    .map((s) => ({ at: stepBound(s.value, thresholds, range), color: resolveColor(s.color) ?? s.color }))
    .sort((a, b) => a.at - b.at);
  return bounds
    .map((b, i) => ({ from: Math.max(b.at, range.min), to: Math.min(bounds[i + 1]?.at ?? Infinity, range.max), color: b.color }))
    .filter((band) => band.to > band.from);
}
