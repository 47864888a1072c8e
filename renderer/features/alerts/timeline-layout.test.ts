import { describe, expect, it } from 'vitest';
import { axisTicks, layoutSpans, timelineName } from './timeline-layout';

const T0 = Date.UTC(2026, 2, 13, 10, 0);
const MIN = 60_000;

describe('layoutSpans', () => {
  it('places spans as percentages of the window', () => {
    expect(layoutSpans([{ state: 'pending', fromMs: T0 + 10 * MIN, toMs: T0 + 15 * MIN }], T0, T0 + 100 * MIN)).toEqual([
      { state: 'pending', left: 10, width: 5, fromMs: T0 + 10 * MIN, toMs: T0 + 15 * MIN },
    ]);
  });

  it('runs an open span to the end of the window and clips spans that start before it', () => {
    const boxes = layoutSpans(
      [
        { state: 'pending', fromMs: T0 - 5 * MIN, toMs: T0 + 5 * MIN },
        { state: 'firing', fromMs: T0 + 5 * MIN },
      ],
      T0,
      T0 + 20 * MIN,
    );
    expect(boxes.map((b) => [b.state, b.left, b.width])).toEqual([
      ['pending', 0, 25],
      ['firing', 25, 75],
    ]);
  });

  it('drops spans outside the window and answers nothing for an empty window', () => {
    expect(layoutSpans([{ state: 'firing', fromMs: T0 - 10 * MIN, toMs: T0 - 5 * MIN }], T0, T0 + MIN)).toEqual([]);
    expect(layoutSpans([{ state: 'firing', fromMs: T0 }], T0, T0)).toEqual([]);
  });
});

describe('axisTicks', () => {
  it('labels round minutes in sim clock HH:MM', () => {
    expect(axisTicks(T0 + 30_000, T0 + 15 * MIN).map((t) => t.label)).toEqual(['10:05', '10:10', '10:15']);
  });

  it('picks a coarser step for an hour', () => {
    const ticks = axisTicks(T0 - 60 * MIN, T0);
    expect(ticks.map((t) => t.label)).toEqual(['09:00', '09:10', '09:20', '09:30', '09:40', '09:50', '10:00']);
    expect(ticks[0]!.left).toBe(0);
    expect(ticks.at(-1)!.left).toBe(100);
  });
});

it('names a timeline by its rule and labels', () => {
  expect(timelineName({ rule: 'HighErrors', labels: { alertname: 'HighErrors', service: 'checkout' }, spans: [] })).toBe('HighErrors{service="checkout"}');
  expect(timelineName({ rule: 'Up', labels: {}, spans: [] })).toBe('Up');
});
