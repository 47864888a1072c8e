/**
 * A Prometheus query variable's query, as Grafana's PrometheusMetricFindQuery reads it:
 * `label_names()`, `label_values(label)`, `label_values(selector, label)`, `metrics(regex)`, `query_result(expr)`.
 */
import { legendName } from './legend';
import type { VariableOption } from './model';
import type { VariableFetchers } from './variable-state';

const LABEL_NAMES = /^label_names\(\s*(.*?)\s*\)\s*$/s;
const LABEL_VALUES = /^label_values\((?:(.+),\s*)?([a-zA-Z_$][a-zA-Z0-9_]*)\s*\)\s*$/s;
const METRICS = /^metrics\((.+)\)\s*$/s;
const QUERY_RESULT = /^query_result\((.+)\)\s*$/s;

function values(list: string[]): VariableOption[] {
  return list.map((v) => ({ text: v, value: v }));
}

/** A sample value as Prometheus's API writes it. */
function promValueText(value: number): string {
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

/** query_result's text for one sample: `name{a="b"} value timestamp-ms`, which a regex then picks from. */
function resultText(metric: Record<string, string>, value: number, atMs: number): string {
  const { __name__: name = '', ...labels } = metric;
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(',');
  return `${name}{${pairs}} ${promValueText(value)} ${atMs}`;
}

/** The raw options of an (already interpolated) query; throws with a readable message when it cannot run. */
export async function runVariableQuery(query: string, fetch: VariableFetchers, atMs: number): Promise<VariableOption[]> {
  const text = query.trim();
  const names = LABEL_NAMES.exec(text);
  // Grafana reads label_names(x) as "labels of metrics whose name contains the regex x".
  if (names) return values(await fetch.labelNames(names[1] ? [`{__name__=~".*${names[1]}.*"}`] : undefined));
  const labelValues = LABEL_VALUES.exec(text);
  if (labelValues) {
    const selector = labelValues[1]?.trim();
    return values(await fetch.labelValues(labelValues[2]!, selector ? [selector] : undefined));
  }
  const metrics = METRICS.exec(text);
  if (metrics) {
    const pattern = metrics[1]!.trim();
    let regex: RegExp;
    try {
      regex = new RegExp(pattern);
    } catch {
      throw new Error(`invalid regex in metrics(): ${pattern}`);
    }
    return values((await fetch.labelValues('__name__')).filter((n) => regex.test(n)));
  }
  const result = QUERY_RESULT.exec(text);
  if (result) {
    const samples = await fetch.query(result[1]!.trim());
    return samples.map((s) => {
      const line = resultText(s.metric, s.value, atMs);
      return { text: line, value: line };
    });
  }
  // Grafana lists the series of anything else (a selector, usually) by name and labels.
  if (text === '') return [];
  const samples = await fetch.query(text);
  return values(samples.map((s) => legendName(undefined, s.metric)));
}
