import { describe, expect, it } from 'vitest';
import { AT_TOP_PX, tailAfterScroll, tailTickAction } from './tail';

describe('live tail pause', () => {
  const cases: [on: boolean, paused: boolean, scrollTop: number, expected: { paused: boolean; resumed: boolean }][] = [
    [true, false, 0, { paused: false, resumed: false }],
    [true, false, AT_TOP_PX, { paused: false, resumed: false }],
    [true, false, AT_TOP_PX + 1, { paused: true, resumed: false }],
    [true, true, 800, { paused: true, resumed: false }],
    [true, true, 0, { paused: false, resumed: true }],
    [false, false, 800, { paused: false, resumed: false }],
    [false, true, 0, { paused: false, resumed: false }],
  ];
  it.each(cases)('on %s, paused %s, scrolled to %i', (on, paused, scrollTop, expected) => {
    expect(tailAfterScroll({ on, paused }, scrollTop)).toEqual({ on, ...expected });
  });

  it('counts while paused and searches while following', () => {
    expect(tailTickAction({ on: false, paused: false })).toBe('none');
    expect(tailTickAction({ on: true, paused: true })).toBe('count');
    expect(tailTickAction({ on: true, paused: false })).toBe('refresh');
  });
});
