/**
 * Seeded pseudo-random streams. Each stream is derived from (seed, name) alone, so adding a stream never
 * changes the numbers another stream produces.
 */
export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Hex string of the given length. */
  hex(length: number): string;
};

/** Two hex digits per byte value (trace ids are hot in log generation). */
const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** FNV-1a over the UTF-16 code units of the text, 32 bits. */
export function hashString(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A deterministic stream for one purpose within one attempt. */
export function createRng(seed: number, stream: string): Rng {
  // sfc32 seeded from four independent hashes of (seed, stream).
  const key = `${seed}:${stream}`;
  let a = hashString(key, 0x811c9dc5);
  let b = hashString(key, 0x9e3779b9);
  let c = hashString(key, 0x85ebca6b);
  let d = hashString(key, 0xc2b2ae35);
  const nextUint = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) nextUint();
  const next = (): number => nextUint() / 4_294_967_296;
  return {
    next,
    normal() {
      const u = Math.max(next(), 1e-12);
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    int(n) {
      return Math.floor(next() * n);
    },
    hex(length) {
      let out = '';
      while (out.length < length) {
        const u = nextUint();
        out += BYTE_HEX[u >>> 24]! + BYTE_HEX[(u >>> 16) & 0xff]! + BYTE_HEX[(u >>> 8) & 0xff]! + BYTE_HEX[u & 0xff]!;
      }
      return out.length === length ? out : out.slice(0, length);
    },
  };
}
