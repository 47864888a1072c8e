/** Number literals as Go reads and prints them (strconv.ParseInt base 0, ParseFloat, FormatFloat 'f' -1, %f). */

const MAX_INT64 = (1n << 63n) - 1n;

/** Go's underscoreOK: underscores only between digits, or between a base prefix and a digit. */
function underscoresOk(s: string): boolean {
  let saw = '^';
  let i = 0;
  let hexDigits = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1]!)) {
    i = 2;
    saw = '0';
    hexDigits = 'xX'.includes(s[1]!);
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hexDigits && /[a-fA-F]/.test(c))) saw = '0';
    else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

/** strconv.ParseInt(s, 0, 64) for an unsigned literal, or undefined where Go would return an error. */
function parseInt64(s: string): number | undefined {
  if (s.includes('_') && !underscoresOk(s)) return undefined;
  const t = s.replaceAll('_', '');
  const prefixed = /^0([xXoObB])(.+)$/.exec(t);
  let digits = t;
  let base: 'x' | 'o' | 'b' | 'd' = 'd';
  if (prefixed) [digits, base] = [prefixed[2]!, prefixed[1]!.toLowerCase() as 'x' | 'o' | 'b'];
  else if (t.length > 1 && t.startsWith('0')) [digits, base] = [t.slice(1), 'o'];
  const valid = { b: /^[01]+$/, o: /^[0-7]+$/, d: /^[0-9]+$/, x: /^[0-9a-fA-F]+$/ }[base];
  if (!valid.test(digits)) return undefined;
  const value = BigInt(base === 'd' ? digits : `0${base}${digits}`);
  return value > MAX_INT64 ? undefined : Number(value);
}

/** strconv.ParseFloat(s, 64); throws Go's reason ("invalid syntax" or "value out of range"). */
function parseFloat64(s: string): number {
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special) return special[2]!.toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  // Hexadecimal mantissas need a p exponent in Go, and the lexer never produces one.
  if (!/^[0-9_]*\.?[0-9_]*([eE][+-]?[0-9_]+)?$/.test(s) || !/[0-9]/.test(s.split(/[eE]/)[0]!)) throw new Error('invalid syntax');
  if (s.includes('_') && !underscoresOk(s)) throw new Error('invalid syntax');
  const value = Number(s.replaceAll('_', ''));
  if (!Number.isFinite(value)) throw new Error('value out of range');
  return value;
}

/** The value of a NUMBER token, as Prometheus's parser computes it; throws its "error parsing number" message. */
export function parseNumber(text: string): number {
  const asInt = parseInt64(text);
  if (asInt !== undefined) return asInt;
  try {
    return parseFloat64(text);
  } catch (e) {
    throw new Error(`error parsing number: strconv.ParseFloat: parsing "${text}": ${(e as Error).message}`);
  }
}

/** Go's math.Round: halves round away from zero (Math.round rounds them up). */
export function roundHalfAwayFromZero(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/** Whole seconds and fractions of them as whole milliseconds, the way Prometheus turns a float into a duration. */
export function secondsToMillis(seconds: number): number {
  return Math.trunc(roundHalfAwayFromZero(seconds * 1e9) / 1e6) || 0;
}

/** Shortest digits of a finite non-negative number, written out without an exponent. */
function plainDigits(v: number): string {
  const [mantissa, exponent] = v.toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const point = Number(exponent) + 1;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** strconv.FormatFloat(v, 'f', -1, 64): shortest digits that read back exactly, never an exponent. */
export function formatGoFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (Object.is(v, -0)) return '-0';
  return (v < 0 ? '-' : '') + plainDigits(Math.abs(v));
}

/** fmt's %f (six decimals); toFixed alone would switch to an exponent from 1e21 on. */
export function formatGoFixed6(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  if (Math.abs(v) < 1e21) return v.toFixed(6);
  return `${v < 0 ? '-' : ''}${BigInt(Math.abs(v)).toString()}.000000`;
}
