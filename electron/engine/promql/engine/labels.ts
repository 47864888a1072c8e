import type { Labels } from '../../tsdb';

const SEP = '\xff';

/** The labels Prometheus 3.x calls metadata (`__name__`, plus the experimental `__type__`, `__unit__`). */
const METADATA = new Set(['__name__', '__type__', '__unit__']);

/** A canonical key of a label set (names sorted), for hashing and equality. */
export function labelsHash(labels: Labels): string {
  const names = Object.keys(labels).sort();
  let key = '';
  for (const n of names) key += n + SEP + labels[n] + SEP;
  return key;
}

/** The key of only these labels (`on(...)`), or of all but these and `__name__` (`ignoring(...)`). */
export function signature(labels: Labels, names: readonly string[], on: boolean): string {
  let key = '';
  if (on) {
    for (const n of [...names].sort()) {
      const v = labels[n];
      if (v !== undefined && v !== '') key += n + SEP + v + SEP;
    }
    return key;
  }
  const skip = new Set(names);
  skip.add('__name__');
  for (const n of Object.keys(labels).sort()) if (!skip.has(n)) key += n + SEP + labels[n] + SEP;
  return key;
}

/** The label set without `__name__` (and the other metadata labels). */
export function dropMetadata(labels: Labels): Labels {
  let found = false;
  for (const n of METADATA) if (n in labels) found = true;
  if (!found) return labels;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) if (!METADATA.has(k)) out[k] = v;
  return out;
}

/** Only these labels (labels.Builder.Keep). */
export function keepLabels(labels: Labels, names: readonly string[]): Labels {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = labels[n];
    if (v !== undefined && v !== '') out[n] = v;
  }
  return out;
}

/** All labels but these (labels.Builder.Del). */
export function deleteLabels(labels: Labels, names: readonly string[]): Labels {
  const out: Record<string, string> = { ...labels };
  for (const n of names) delete out[n];
  return out;
}

/** Sets one label; an empty value deletes it (labels.Builder.Set). */
export function setLabel(labels: Labels, name: string, value: string): Labels {
  const out: Record<string, string> = { ...labels };
  if (value === '') delete out[name];
  else out[name] = value;
  return out;
}

/** Prometheus's labels.Compare: label by label in name order (name, then value), then by length. */
export function compareLabels(a: Labels, b: Labels): number {
  const an = Object.keys(a).sort();
  const bn = Object.keys(b).sort();
  const n = Math.min(an.length, bn.length);
  for (let i = 0; i < n; i++) {
    const x = an[i]!;
    const y = bn[i]!;
    if (x !== y) return x < y ? -1 : 1;
    const xv = a[x]!;
    const yv = b[y]!;
    if (xv !== yv) return xv < yv ? -1 : 1;
  }
  return an.length - bn.length;
}

/** `{a="x", b="y"}` as Prometheus prints a label set (labels.Labels.String). */
export function formatLabels(labels: Labels): string {
  return `{${Object.keys(labels)
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`)
    .join(', ')}}`;
}
