import { describe, expect, it } from 'vitest';
import { compactDuration, dueText, durationInput, sinceText, waitText } from './timers';

const s = 1000;
const m = 60 * s;
const h = 60 * m;

describe('compactDuration', () => {
  it.each([
    [0, '0s'],
    [45 * s + 999, '45s'],
    [4 * m + 7 * s, '4m 07s'],
    [59 * m + 59 * s, '59m 59s'],
    [h + 5 * m + 30 * s, '1h 05m'],
    [-3 * s, '0s'],
  ])('%i ms reads %s', (ms, text) => expect(compactDuration(ms)).toBe(text));
});

describe('sinceText', () => {
  it('shows a dash before the moment has happened', () => expect(sinceText(10 * m, undefined)).toBe('—'));
  it('counts from the moment to now', () => expect(sinceText(10 * m, 7 * m + 30 * s)).toBe('2m 30s'));
});

describe('dueText', () => {
  it.each([
    ['nothing due', 5 * m, undefined, { text: 'No update due', overdue: false }],
    ['counting down', 5 * m, 8 * m, { text: 'Next update due in 3m 00s', overdue: false }],
    ['due this instant', 8 * m, 8 * m, { text: 'Update overdue by 0s', overdue: true }],
    ['late', 9 * m + 20 * s, 8 * m, { text: 'Update overdue by 1m 20s', overdue: true }],
  ])('%s', (_name, now, dueAt, due) => expect(dueText(now, dueAt)).toEqual(due));
});

describe('waitText', () => {
  it.each([
    [{ askedAt: 2 * m }, 2 * m + 40 * s, 'waiting 40s'],
    [{ askedAt: 2 * m }, 5 * m + 59 * s, 'waiting 3m'],
    [{ askedAt: 2 * m, answeredAt: 4 * m + 10 * s }, 20 * m, 'answered after 2m'],
  ])('%o at %i', (question, now, text) => expect(waitText(question, now)).toBe(text));
});

describe('durationInput', () => {
  it.each([
    [20 * m, '20m'],
    [h, '1h'],
    [h + 30 * m, '1h30m'],
    [45 * s, '45s'],
    [0, '0s'],
  ])('%i ms → %s', (ms, text) => expect(durationInput(ms)).toBe(text));
});
