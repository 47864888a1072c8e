import { describe, expect, it } from 'vitest';
import type { ReplayMark } from '../../state/replay-slice';
import { currentMark, markKey, markPosition, plainOutput, playedFor } from './replay-format';

describe('playedFor', () => {
  it.each([
    ['2026-11-27T10:00:00.000Z', '2026-11-27T10:00:42.400Z', '42s'],
    ['2026-11-27T10:00:00.000Z', '2026-11-27T10:04:05.000Z', '4m 05s'],
    ['2026-11-27T10:00:00.000Z', '2026-11-27T11:30:00.000Z', '1h 30m'],
    ['2026-11-27T10:00:00.000Z', null, 'unfinished'],
    ['not a date', '2026-11-27T10:00:00.000Z', '—'],
  ])('from %s to %s is %s', (start, end, text) => {
    expect(playedFor(start, end)).toBe(text);
  });
});

describe('markPosition', () => {
  it.each([
    [0, 600_000, 0],
    [150_000, 600_000, 25],
    [600_000, 600_000, 100],
    [700_000, 600_000, 100],
    [10, 0, 0],
  ])('puts %i of %i at %i%%', (t, end, percent) => {
    expect(markPosition(t, end)).toBe(percent);
  });
});

describe('currentMark', () => {
  const marks: ReplayMark[] = [
    { seq: 1, t: 0, type: 'drill.start', label: 'drill.start' },
    { seq: 0, t: 125_000, type: 'alert.fired', label: 'alert A fired' },
    { seq: 2, t: 200_000, type: 'terminal.exec', label: 'terminal.exec: uptime' },
    { seq: 3, t: 200_000, type: 'chat.post', label: 'chat.post: hi' },
  ];
  it.each([
    [0, 0],
    [124_999, 0],
    [125_000, 1],
    [200_000, 3],
    [900_000, 3],
  ])('at %i is mark %i', (now, index) => {
    expect(currentMark(marks, now)).toBe(index);
  });
  it('is -1 with no marks', () => {
    expect(currentMark([], 5)).toBe(-1);
  });
  it('keys derived firings apart from logged events', () => {
    expect(new Set(marks.map(markKey)).size).toBe(marks.length);
  });
});

describe('plainOutput', () => {
  it.each([
    ['NAME   READY\r\ncheckout-1 1/1\n', 'NAME   READY\ncheckout-1 1/1\n'],
    ['\x1b[H\x1b[2J', ''],
    ['\x1b[31merror\x1b[0m: failed', 'error: failed'],
    ['plain', 'plain'],
  ])('shows %j as %j', (output, text) => {
    expect(plainOutput(output)).toBe(text);
  });
});
