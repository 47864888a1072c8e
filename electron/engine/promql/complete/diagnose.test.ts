import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';

describe('diagnose', () => {
  it('finds nothing wrong with a valid query or an empty editor', () => {
    expect(diagnose('sum by (job) (rate(http_requests_total[5m]))')).toBeUndefined();
    expect(diagnose('   ')).toBeUndefined();
  });

  it('places the error where the parser found it', () => {
    const text = 'rate(up)';
    const d = diagnose(text)!;
    expect(d.message).toMatch(/range vector/);
    expect(text.slice(d.from, d.to)).toBe('up');
  });

  it('widens an error at the end of the text to its last character', () => {
    const text = 'sum(up';
    const d = diagnose(text)!;
    expect(d.message).toMatch(/unclosed left parenthesis/);
    expect([d.from, d.to]).toEqual([5, 6]);
  });

  it('underlines from a bad character', () => {
    const text = 'up $';
    const d = diagnose(text)!;
    expect(d.from).toBe(3);
    expect(d.to).toBeGreaterThan(d.from);
  });
});
