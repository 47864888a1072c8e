/**
 * Fixed-size bit sets over a run of store positions (bit i = the i-th event of a time slice). Query
 * operators become word-wise and/or/not, counting is a popcount, and newest-first paging walks the words
 * from the top.
 */
export class Bitset {
  readonly words: Uint32Array;

  constructor(readonly size: number) {
    this.words = new Uint32Array((size + 31) >>> 5);
  }

  /** A set with every bit in [0, size) on. */
  static full(size: number): Bitset {
    const set = new Bitset(size);
    set.words.fill(0xffffffff);
    set.clearTail();
    return set;
  }

  set(i: number): void {
    this.words[i >>> 5]! |= 1 << (i & 31);
  }

  clear(i: number): void {
    this.words[i >>> 5]! &= ~(1 << (i & 31));
  }

  has(i: number): boolean {
    return (this.words[i >>> 5]! & (1 << (i & 31))) !== 0;
  }

  and(other: Bitset): this {
    for (let w = 0; w < this.words.length; w++) this.words[w]! &= other.words[w]!;
    return this;
  }

  or(other: Bitset): this {
    for (let w = 0; w < this.words.length; w++) this.words[w]! |= other.words[w]!;
    return this;
  }

  /** Clears the bits that are on in `other`. */
  andNot(other: Bitset): this {
    for (let w = 0; w < this.words.length; w++) this.words[w]! &= ~other.words[w]!;
    return this;
  }

  copy(): Bitset {
    const set = new Bitset(this.size);
    set.words.set(this.words);
    return set;
  }

  not(): this {
    for (let w = 0; w < this.words.length; w++) this.words[w] = ~this.words[w]!;
    this.clearTail();
    return this;
  }

  count(): number {
    return this.countRange(0, this.size);
  }

  /** How many bits are on in [start, end). */
  countRange(start: number, end: number): number {
    if (start >= end) return 0;
    const first = start >>> 5;
    const last = (end - 1) >>> 5;
    if (first === last) return popcount(this.words[first]! & rangeMask(start & 31, ((end - 1) & 31) + 1));
    let n = popcount(this.words[first]! & rangeMask(start & 31, 32));
    for (let w = first + 1; w < last; w++) n += popcount(this.words[w]!);
    return n + popcount(this.words[last]! & rangeMask(0, ((end - 1) & 31) + 1));
  }

  /** The on bits from the highest down, skipping the first `skip` of them. */
  *descending(skip = 0): Generator<number> {
    let w = this.words.length - 1;
    // Skip whole words by their popcount, so deep pages do not walk every earlier hit.
    for (; w >= 0 && skip > 0; w--) {
      const n = popcount(this.words[w]!);
      if (n > skip) break;
      skip -= n;
    }
    for (; w >= 0; w--) {
      let word = this.words[w]!;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word);
        word &= ~(1 << bit);
        if (skip > 0) skip--;
        else yield (w << 5) + bit;
      }
    }
  }

  /** The on bits in increasing order. */
  *ascending(): Generator<number> {
    for (let w = 0; w < this.words.length; w++) {
      let word = this.words[w]!;
      while (word !== 0) {
        const low = word & -word;
        yield (w << 5) + 31 - Math.clz32(low);
        word ^= low;
      }
    }
  }

  private clearTail(): void {
    const rest = this.size & 31;
    if (rest !== 0) this.words[this.words.length - 1]! &= rangeMask(0, rest);
  }
}

/** Bits [from, to) of a word on. */
function rangeMask(from: number, to: number): number {
  const upper = to === 32 ? 0xffffffff : (1 << to) - 1;
  return (upper & ~((1 << from) - 1)) >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
