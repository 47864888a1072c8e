/** strftime(3) in the C locale and UTC, with GNU's padding flags (`%-d`, `%_H`, `%0e`). */
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Field = { value: number | string; width: number; pad: '0' | ' ' };

function conversions(d: Date, ms: number): Record<string, Field | string> {
  const hour = d.getUTCHours();
  const dayOfYear = Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
  const num = (value: number, width = 2, pad: '0' | ' ' = '0'): Field => ({ value, width, pad });
  return {
    a: DAYS[d.getUTCDay()]!.slice(0, 3),
    A: DAYS[d.getUTCDay()]!,
    b: MONTHS[d.getUTCMonth()]!.slice(0, 3),
    h: MONTHS[d.getUTCMonth()]!.slice(0, 3),
    B: MONTHS[d.getUTCMonth()]!,
    C: num(Math.floor(d.getUTCFullYear() / 100)),
    d: num(d.getUTCDate()),
    e: num(d.getUTCDate(), 2, ' '),
    H: num(hour),
    I: num(hour % 12 === 0 ? 12 : hour % 12),
    j: num(dayOfYear, 3),
    k: num(hour, 2, ' '),
    l: num(hour % 12 === 0 ? 12 : hour % 12, 2, ' '),
    m: num(d.getUTCMonth() + 1),
    M: num(d.getUTCMinutes()),
    N: num(((ms % 1000) + 1000) % 1000 * 1_000_000, 9),
    p: hour < 12 ? 'AM' : 'PM',
    P: hour < 12 ? 'am' : 'pm',
    s: String(Math.floor(ms / 1000)),
    S: num(d.getUTCSeconds()),
    u: num(d.getUTCDay() === 0 ? 7 : d.getUTCDay(), 1),
    w: num(d.getUTCDay(), 1),
    y: num(d.getUTCFullYear() % 100),
    Y: num(d.getUTCFullYear(), 1),
    z: '+0000',
    Z: 'UTC',
    n: '\n',
    t: '\t',
    '%': '%',
  };
}

/** Composite conversions, expanded before the simple ones. */
const COMPOSITES: Record<string, string> = {
  c: '%a %b %e %H:%M:%S %Y',
  D: '%m/%d/%y',
  F: '%Y-%m-%d',
  r: '%I:%M:%S %p',
  R: '%H:%M',
  T: '%H:%M:%S',
  x: '%m/%d/%y',
  X: '%H:%M:%S',
};

export function strftime(ms: number, format: string): string {
  const d = new Date(ms);
  const table = conversions(d, ms);
  return format.replace(/%([-_0^#]?)(:?)([a-zA-Z%])/g, (whole, flag: string, colon: string, conv: string) => {
    if (colon) return conv === 'z' ? '+00:00' : whole;
    const composite = COMPOSITES[conv];
    if (composite) return strftime(ms, composite);
    const field = table[conv];
    if (field === undefined) return whole;
    if (typeof field === 'string') return flag === '^' ? field.toUpperCase() : field;
    const text = String(field.value);
    if (flag === '-') return text;
    const pad = flag === '_' ? ' ' : flag === '0' ? '0' : field.pad;
    return text.padStart(field.width, pad);
  });
}
