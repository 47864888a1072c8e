import { describe, expect, it } from 'vitest';
import { createRng, hashString } from './rng';

const draw = (rng: { next(): number }, n: number) => Array.from({ length: n }, () => rng.next());

describe('hashString', () => {
  // Published FNV-1a 32-bit test vectors.
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('FNV-1a(%j) = %i', (text, hash) => expect(hashString(text)).toBe(hash));
});

describe('createRng', () => {
  it('gives the same numbers for the same seed and stream name', () => {
    expect(draw(createRng(42, 'noise'), 100)).toEqual(draw(createRng(42, 'noise'), 100));
  });

  it('gives different numbers for another seed or another name', () => {
    const base = draw(createRng(42, 'noise'), 20);
    expect(draw(createRng(43, 'noise'), 20)).not.toEqual(base);
    expect(draw(createRng(42, 'names'), 20)).not.toEqual(base);
  });

  it('is not shifted by creating or drawing from other streams', () => {
    const alone = draw(createRng(7, 'a'), 50);
    const a = createRng(7, 'a');
    const b = createRng(7, 'b');
    const interleaved = Array.from({ length: 50 }, () => {
      b.next();
      b.normal();
      return a.next();
    });
    expect(interleaved).toEqual(alone);
  });

  it('keeps streams uncorrelated', () => {
    const n = 10_000;
    const xs = draw(createRng(1, 'x'), n);
    const ys = draw(createRng(1, 'y'), n);
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    const mx = mean(xs);
    const my = mean(ys);
    const cov = mean(xs.map((x, i) => (x - mx) * (ys[i]! - my)));
    const sd = (v: number[], m: number) => Math.sqrt(mean(v.map((x) => (x - m) ** 2)));
    expect(Math.abs(cov / (sd(xs, mx) * sd(ys, my)))).toBeLessThan(0.05);
  });

  it('draws uniform numbers in [0, 1) with mean near 1/2', () => {
    const xs = draw(createRng(3, 'u'), 10_000);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.02);
  });

  it('draws standard normals with mean near 0 and variance near 1', () => {
    const rng = createRng(3, 'n');
    const xs = Array.from({ length: 10_000 }, () => rng.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });

  it('draws integers in [0, n) and hex strings of the asked length', () => {
    const rng = createRng(5, 'i');
    const ints = Array.from({ length: 1000 }, () => rng.int(6));
    expect(new Set(ints)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    for (const length of [0, 1, 5, 8, 9, 32]) expect(rng.hex(length)).toMatch(new RegExp(`^[0-9a-f]{${length}}$`));
  });
});
