import { formatOpenMetricsFloat } from './float-format';
import type { SeriesStore } from './store';

/** A line that is not valid OpenMetrics, with its 1-based line number. */
export class OpenMetricsParseError extends Error {
  override readonly name = 'OpenMetricsParseError';

  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

export type IngestOptions = {
  /** Unix ms of the store's zero: a sample at unix time T is stored at T - epochMs. Default 0. */
  epochMs?: number;
  /** Time (unix ms) for samples written without a timestamp; without it such a sample is an error. */
  defaultTimeMs?: number;
};

export type IngestStats = { series: number; samples: number };

type Family = { name: string; type: string };

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
const FLOAT = /^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)$/;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/**
 * Loads OpenMetrics text (`# TYPE/HELP/UNIT`, `# EOF`, escaped label values, `+Inf/-Inf/NaN`, timestamps
 * in float seconds) into the store. As Prometheus 3.x does at ingestion, `le` of histogram buckets and
 * `quantile` of summaries are normalised to float notation ("1" → "1.0"), and `_created` series are
 * not stored. Samples of one series must come in time order. Throws OpenMetricsParseError.
 */
export function ingestOpenMetrics(text: string, store: SeriesStore, options: IngestOptions = {}): IngestStats {
  const epochMs = options.epochMs ?? 0;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let family: Family | undefined;
  let eof = false;
  const refs = new Set<number>();
  let samples = 0;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i]!.replace(/\r$/, '');
    if (eof) throw new OpenMetricsParseError(lineNo, 'content after # EOF');
    if (line === '# EOF') {
      eof = true;
      continue;
    }
    if (line.startsWith('#')) {
      const meta = /^# (TYPE|HELP|UNIT) (\S+)(?: (.*))?$/.exec(line);
      if (!meta) {
        if (/^# (TYPE|HELP|UNIT)\b/.test(line)) throw new OpenMetricsParseError(lineNo, `malformed ${line.slice(2, 6)} line`);
        continue;
      }
      if (meta[1] === 'TYPE') {
        const type = meta[3] ?? '';
        if (!/^(counter|gauge|histogram|gaugehistogram|summary|info|stateset|unknown)$/.test(type)) throw new OpenMetricsParseError(lineNo, `unknown metric type "${type}"`);
        family = { name: meta[2]!, type };
      }
      continue;
    }
    if (line.trim() === '') continue;
    const sample = parseSample(line, lineNo);
    if (family && !belongsTo(sample.name, family)) family = undefined;
    if (family && isCreated(sample.name, family)) continue;
    const labels: Record<string, string> = { __name__: sample.name };
    for (const [k, v] of sample.labels) {
      if (k in labels) throw new OpenMetricsParseError(lineNo, `duplicate label "${k}"`);
      if (v !== '') labels[k] = normaliseBound(k, v, sample.name, family);
    }
    let t = sample.timeMs ?? options.defaultTimeMs;
    if (t === undefined) throw new OpenMetricsParseError(lineNo, 'sample without a timestamp');
    t -= epochMs;
    if (t < INT32_MIN || t > INT32_MAX) throw new OpenMetricsParseError(lineNo, 'timestamp too far from the store epoch');
    const ref = store.ref(labels);
    const series = store.get(ref);
    if (series.length > 0 && series.times[series.length - 1]! >= t) throw new OpenMetricsParseError(lineNo, 'out-of-order or duplicate sample');
    store.append(ref, t, sample.value);
    refs.add(ref);
    samples++;
  }
  if (!eof) throw new OpenMetricsParseError(lines.length + 1, 'missing # EOF');
  return { series: refs.size, samples };
}

const SUFFIXES: Record<string, string[]> = {
  counter: ['_total', '_created'],
  histogram: ['_bucket', '_count', '_sum', '_created'],
  gaugehistogram: ['_bucket', '_gcount', '_gsum'],
  summary: ['_count', '_sum', '_created'],
  info: ['_info'],
};

function belongsTo(name: string, family: Family): boolean {
  return name === family.name || (SUFFIXES[family.type] ?? []).some((suffix) => name === family.name + suffix);
}

function isCreated(name: string, family: Family): boolean {
  return name === `${family.name}_created` && (SUFFIXES[family.type] ?? []).includes('_created');
}

function normaliseBound(label: string, value: string, name: string, family: Family | undefined): string {
  if (!family) return value;
  const bucket = label === 'le' && (family.type === 'histogram' || family.type === 'gaugehistogram') && name === `${family.name}_bucket`;
  const quantile = label === 'quantile' && family.type === 'summary' && name === family.name;
  if (!bucket && !quantile) return value;
  const f = parseFloatValue(value);
  return f === undefined ? value : formatOpenMetricsFloat(f);
}

function parseFloatValue(s: string): number | undefined {
  if (/^[+]?inf$/i.test(s)) return Infinity;
  if (/^-inf$/i.test(s)) return -Infinity;
  if (/^nan$/i.test(s)) return NaN;
  return FLOAT.test(s) ? Number(s) : undefined;
}

/** Seconds (decimal text) to ms without float rounding where the text allows it. */
function parseTimestampMs(s: string): number | undefined {
  const exact = /^(-?)(\d+)(?:\.(\d{1,3})\d*)?$/.exec(s);
  if (exact) {
    const ms = Number(exact[2]) * 1000 + Number((exact[3] ?? '').padEnd(3, '0'));
    return exact[1] === '-' ? -ms : ms;
  }
  const f = FLOAT.test(s) ? Number(s) : undefined;
  return f === undefined ? undefined : Math.round(f * 1000);
}

type ParsedSample = { name: string; labels: [string, string][]; value: number; timeMs?: number };

function parseSample(line: string, lineNo: number): ParsedSample {
  const fail = (reason: string): never => {
    throw new OpenMetricsParseError(lineNo, reason);
  };
  let pos = 0;
  let name = '';
  const labels: [string, string][] = [];
  const nameMatch = METRIC_NAME.exec(line);
  if (nameMatch) {
    name = nameMatch[0];
    pos = name.length;
  } else if (line[0] !== '{') fail('expected a metric name');
  const readQuoted = (): string => {
    if (line[pos] !== '"') fail('expected a quoted string');
    pos++;
    let out = '';
    for (;;) {
      const c = line[pos];
      if (c === undefined) return fail('unterminated string');
      pos++;
      if (c === '"') return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = line[pos++];
      if (e === 'n') out += '\n';
      else if (e === '\\' || e === '"') out += e;
      else fail(`invalid escape "\\${e ?? ''}"`);
    }
  };
  if (line[pos] === '{') {
    pos++;
    while (line[pos] !== '}') {
      let labelName: string;
      if (line[pos] === '"') {
        labelName = readQuoted();
        if (line[pos] !== '=') {
          if (name !== '') fail('metric name given twice');
          name = labelName;
          if (line[pos] === ',') pos++;
          continue;
        }
      } else {
        const m = LABEL_NAME.exec(line.slice(pos));
        if (!m) return fail('expected a label name');
        labelName = m[0];
        pos += labelName.length;
      }
      if (line[pos] !== '=') fail(`expected "=" after label "${labelName}"`);
      pos++;
      labels.push([labelName, readQuoted()]);
      if (line[pos] === ',') pos++;
      else if (line[pos] !== '}') fail('expected "," or "}" in the label set');
    }
    pos++;
  }
  if (name === '') fail('expected a metric name');
  if (line[pos] !== ' ') fail('expected a space before the value');
  const rest = line.slice(pos + 1);
  const exemplarAt = rest.indexOf(' # ');
  const fields = (exemplarAt >= 0 ? rest.slice(0, exemplarAt) : rest).split(' ');
  if (fields.length > 2 || fields[0] === '') fail('expected "value [timestamp]"');
  const value = parseFloatValue(fields[0]!);
  if (value === undefined) return fail(`invalid value "${fields[0]}"`);
  let timeMs: number | undefined;
  if (fields.length === 2) {
    timeMs = parseTimestampMs(fields[1]!);
    if (timeMs === undefined) fail(`invalid timestamp "${fields[1]}"`);
  }
  return { name, labels, value, ...(timeMs === undefined ? {} : { timeMs }) };
}
