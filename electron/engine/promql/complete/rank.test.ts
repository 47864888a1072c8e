import { describe, expect, it } from 'vitest';
import type { Completion } from './rank';
import { matchScore, rankCompletions } from './rank';
import { expressionCandidates, signatureText } from './candidates';
import { FUNCTIONS } from '../parser/functions';

const items = (...labels: string[]): Completion[] => labels.map((label) => ({ label, kind: 'metric' }));

describe('rankCompletions', () => {
  it('puts prefix matches before substring matches before fuzzy ones, and drops the rest', () => {
    const ranked = rankCompletions('req', items('http_requests_total', 'requests', 'xrxexqx', 'rxexqx', 'up', 'Request_size'));
    expect(ranked.map((c) => c.label)).toEqual(['requests', 'Request_size', 'http_requests_total', 'rxexqx']);
  });

  it('keeps everything for an empty prefix, in the order given, each label once', () => {
    expect(rankCompletions('', items('bb', 'a', 'bb', 'ccc')).map((c) => c.label)).toEqual(['bb', 'a', 'ccc']);
  });

  it('scores an exact match best and tighter fuzzy matches better', () => {
    expect(matchScore('up', 'up')).toBe(0);
    expect(matchScore('abc', 'a_b_c')!).toBeLessThan(matchScore('abc', 'a____b____c')!);
    expect(matchScore('zz', 'up')).toBeUndefined();
    expect(matchScore('eb', 'process_memory_bytes')).toBeUndefined(); // no word part starts with e
    expect(matchScore('hrt', 'http_requests_total')).toBeGreaterThanOrEqual(4);
  });

  it('offers functions with an opening parenthesis and their signature', () => {
    const rate = rankCompletions('rat', expressionCandidates([])).find((c) => c.label === 'rate')!;
    expect(rate.insert).toBe('rate(');
    expect(rate.detail).toBe('rate(range vector) → instant vector');
    expect(signatureText(FUNCTIONS.get('round')!)).toBe('round(instant vector, [scalar]) → instant vector');
  });

  it('offers the grouping and matching keywords first after an operand, and none where an operand must come', () => {
    const after = expressionCandidates(['up'], true).map((c) => c.label);
    for (const k of ['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'offset', 'bool', 'sum', 'up']) expect(after).toContain(k);
    expect(after[0]).toBe('by');
    const start = expressionCandidates(['up'], false).map((c) => c.label);
    expect(start[0]).toBe('up');
    expect(start).not.toContain('by');
  });
});
