/**
 * IP addresses as an `ip` field indexes them: one 128-bit number, IPv4 stored IPv4-mapped
 * (`::ffff:a.b.c.d`), so IPv4 and IPv6 values compare and range together. A term may be an address or a
 * CIDR block (`10.0.0.0/8`, `2001:db8::/32`), as Elasticsearch's term query on an ip field accepts.
 */

const V4_MAPPED = 0xffffn << 32n;

/** An IPv4 or IPv6 address as a 128-bit number, or undefined when the text is not one. */
export function parseIp(text: string): bigint | undefined {
  if (text.includes(':')) return parseV6(text);
  const v4 = parseV4(text);
  return v4 === undefined ? undefined : V4_MAPPED | v4;
}

/** A test for an address or CIDR block; undefined when the text is neither. */
export function ipMatcher(text: string): ((ip: bigint) => boolean) | undefined {
  const slash = text.indexOf('/');
  if (slash === -1) {
    const ip = parseIp(text);
    return ip === undefined ? undefined : (v) => v === ip;
  }
  const base = parseIp(text.slice(0, slash));
  const bitsText = text.slice(slash + 1);
  if (base === undefined || !/^\d{1,3}$/.test(bitsText)) return undefined;
  // An IPv4 prefix counts bits of the IPv4 part, which sits under 96 bits of mapping prefix.
  const bits = Number(bitsText) + (text.slice(0, slash).includes(':') ? 0 : 96);
  if (bits > 128) return undefined;
  const shift = BigInt(128 - bits);
  const network = base >> shift;
  return (v) => v >> shift === network;
}

function parseV4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}

function parseV6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')));
  const words: bigint[][] = [];
  for (const [i, half] of groups.entries()) {
    const out: bigint[] = [];
    for (const [j, g] of half.entries()) {
      const last = i === groups.length - 1 && j === half.length - 1;
      if (last && g.includes('.')) {
        const v4 = parseV4(g);
        if (v4 === undefined) return undefined;
        out.push(v4 >> 16n, v4 & 0xffffn);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(g)) out.push(BigInt(parseInt(g, 16)));
      else return undefined;
    }
    words.push(out);
  }
  const count = words.reduce((n, w) => n + w.length, 0);
  if (halves.length === 1 ? count !== 8 : count > 7) return undefined;
  const all = halves.length === 1 ? words[0]! : [...words[0]!, ...Array<bigint>(8 - count).fill(0n), ...words[1]!];
  return all.reduce((acc, w) => (acc << 16n) | w, 0n);
}
