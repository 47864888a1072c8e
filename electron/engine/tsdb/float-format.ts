/** Shortest round-trip decimal digits of |f| and its decimal exponent: 1234.5 → { digits: "12345", exp: 3 }. */
function shortestDigits(f: number): { digits: string; exp: number } {
  const [mant, e] = Math.abs(f).toExponential().split('e');
  return { digits: mant!.replace('.', ''), exp: Number(e) };
}

function special(f: number): string | undefined {
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (Number.isNaN(f)) return 'NaN';
  return undefined;
}

/** Go's strconv.FormatFloat(f, 'f', -1, 64) (no exponent), with Prometheus's `+Inf`/`-Inf`/`NaN`. */
export function formatFloatF(f: number): string {
  const s = special(f);
  if (s !== undefined) return s;
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const { digits, exp } = shortestDigits(f);
  const sign = f < 0 ? '-' : '';
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length);
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** Go's strconv.FormatFloat(f, 'g', -1, 64): shortest digits, exponent form when the exponent is < -4 or ≥ 6. */
export function formatFloatG(f: number): string {
  const s = special(f);
  if (s !== undefined) return s;
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const { digits, exp } = shortestDigits(f);
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${f < 0 ? '-' : ''}${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return formatFloatF(f);
}

/** Prometheus's labels.FormatOpenMetricsFloat: the 'g' form, with ".0" added to a whole number. */
export function formatOpenMetricsFloat(f: number): string {
  const s = formatFloatG(f);
  return /^[+-]?\d+$/.test(s) ? `${s}.0` : s;
}
