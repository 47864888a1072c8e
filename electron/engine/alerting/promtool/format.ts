/**
 * promtool's comparisons and printing: Go's labels.Labels ordering and String(), strconv.FormatFloat(v, 'E', -1, 64),
 * and the `exp:`/`got:` blocks of a failed alert test (cmd/promtool/unittest.go).
 */
import type { Labels } from '../../tsdb';

/** A label set as Go's labels.Labels holds one: pairs sorted by name (bytewise). */
export type LabelPairs = readonly (readonly [string, string])[];

const byteLess = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function toPairs(labels: Labels): LabelPairs {
  return Object.keys(labels)
    .sort(byteLess)
    .map((k) => [k, labels[k]!] as const);
}

/** labels.Compare: name, then value, pair by pair; then the shorter first. */
export function compareLabels(a: LabelPairs, b: LabelPairs): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const byName = byteLess(a[i]![0], b[i]![0]);
    if (byName !== 0) return byName;
    const byValue = byteLess(a[i]![1], b[i]![1]);
    if (byValue !== 0) return byValue;
  }
  return a.length - b.length;
}

export function labelsEqual(a: LabelPairs, b: LabelPairs): boolean {
  return compareLabels(a, b) === 0;
}

/** Go's strconv.Quote for the printable strings labels hold (escapes quotes, backslashes and control bytes). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** labels.Labels.String(): `{a="x", b="y"}`. */
export function labelsString(pairs: LabelPairs): string {
  return `{${pairs.map(([k, v]) => `${k}=${goQuote(v)}`).join(', ')}}`;
}

/** strconv.FormatFloat(v, 'E', -1, 64): shortest digits, `1.5E+00`, `+Inf`, `NaN`. */
export function formatFloatE(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  const [mant, exp] = Math.abs(v).toExponential().split('e');
  const e = Number(exp);
  return `${sign}${mant}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** A sample as promtool prints it: labels, a space, the value in 'E' form. */
export type ComparedSample = { labels: LabelPairs; value: number };

export function samplesString(samples: readonly ComparedSample[]): string {
  if (samples.length === 0) return 'nil';
  return samples.map((s) => `${labelsString(s.labels)} ${formatFloatE(s.value)}`).join(', ');
}

/** reflect.DeepEqual on sorted samples: same labels, values equal by `==` (so NaN never matches). */
export function samplesEqual(a: readonly ComparedSample[], b: readonly ComparedSample[]): boolean {
  return a.length === b.length && a.every((s, i) => labelsEqual(s.labels, b[i]!.labels) && s.value === b[i]!.value);
}

export const sortSamples = (samples: ComparedSample[]) => samples.sort((a, b) => compareLabels(a.labels, b.labels));

export type ComparedAlert = { labels: LabelPairs; annotations: LabelPairs };

export const sortAlerts = (alerts: ComparedAlert[]) =>
  alerts.sort((a, b) => compareLabels(a.labels, b.labels) || compareLabels(a.annotations, b.annotations));

export function alertsEqual(a: readonly ComparedAlert[], b: readonly ComparedAlert[]): boolean {
  return a.length === b.length && a.every((x, i) => labelsEqual(x.labels, b[i]!.labels) && labelsEqual(x.annotations, b[i]!.annotations));
}

/** indentLines: every line after the first gets the indent. */
export function indentLines(lines: string, indent: string): string {
  return lines.split('\n').join(`\n${indent}`);
}

/** labelsAndAnnotations.String(). */
export function alertsString(alerts: readonly ComparedAlert[]): string {
  if (alerts.length === 0) return '[]';
  const one = (a: ComparedAlert) => `Labels:${labelsString(a.labels)}\nAnnotations:${labelsString(a.annotations)}`;
  return `[\n${alerts.map((a, i) => `${i}:${indentLines(`\n${one(a)}`, '  ')}`).join(',\n')}\n]`;
}
