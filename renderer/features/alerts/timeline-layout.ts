/**
 * Where an alert timeline's spans and axis ticks sit across a window, as percentages of its width: the
 * pure half of the timeline chart, so it can be tested without a DOM.
 */
import type { AlertTimeline } from '../../../electron/contract';
import { timeTicks } from '../../format';

export type SpanBox = { state: 'pending' | 'firing'; left: number; width: number; fromMs: number; toMs: number };
export type Tick = { ms: number; left: number; label: string };

/** Spans clipped to [fromMs, toMs]; an open span runs to the window's end. Spans wholly outside are dropped. */
export function layoutSpans(spans: AlertTimeline['spans'], fromMs: number, toMs: number): SpanBox[] {
  const width = toMs - fromMs;
  if (!(width > 0)) return [];
  return spans.flatMap((span) => {
    const start = Math.max(fromMs, span.fromMs);
    const end = Math.min(toMs, span.toMs ?? toMs);
    if (end < start || (end === start && span.toMs !== undefined)) return [];
    return [{ state: span.state, left: ((start - fromMs) / width) * 100, width: ((end - start) / width) * 100, fromMs: start, toMs: end }];
  });
}

/** Round sim-clock times (HH:MM, UTC) for the axis: at most `target` of them. */
export function axisTicks(fromMs: number, toMs: number, target = 6): Tick[] {
  const width = toMs - fromMs;
  if (!(width > 0)) return [];
  return timeTicks(fromMs, toMs, target).map((ms) => ({ ms, left: ((ms - fromMs) / width) * 100, label: new Date(ms).toISOString().slice(11, 16) }));
}

/** A timeline's row name: the rule plus its labels (without the alertname, which is the rule). */
export function timelineName(timeline: AlertTimeline): string {
  const labels = Object.entries(timeline.labels)
    .filter(([name]) => name !== 'alertname')
    .map(([name, value]) => `${name}="${value}"`)
    .join(', ');
  return labels ? `${timeline.rule}{${labels}}` : timeline.rule;
}
