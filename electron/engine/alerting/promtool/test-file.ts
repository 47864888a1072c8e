/**
 * Reads a `promtool test rules` file (Prometheus's cmd/promtool/unittest.go, version 2.42): the rule files, the
 * evaluation interval, the group order and the test groups with their input series, alert tests and PromQL tests.
 * Strict like promtool's yaml.UnmarshalStrict: an unknown field or a value of the wrong kind is a problem with
 * its line, and nothing runs.
 */
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { parseDuration } from '../../promql/promqltest/notation';

export type ExpectedAlert = { labels: Record<string, string>; annotations: Record<string, string> };

export type AlertTestCase = { line: number; evalTimeMs: number; alertname: string; expAlerts: ExpectedAlert[] };

export type ExpectedSample = { line: number; labels: string; value: number };

export type ExprTestCase = { line: number; expr: string; evalTimeMs: number; expSamples: ExpectedSample[] };

export type InputSeries = { line: number; series: string; values: string };

export type TestGroup = {
  line: number;
  /** `name` (newer promtool versions print it in failures). */
  name: string;
  /** The input series' sample spacing: `interval`, default the file's evaluation interval. */
  intervalMs: number;
  inputSeries: InputSeries[];
  alertRuleTests: AlertTestCase[];
  promqlExprTests: ExprTestCase[];
  externalLabels: Record<string, string>;
  externalUrl: string;
};

export type TestFile = {
  /** As written (relative to the test file's folder unless absolute; may be globs). */
  ruleFiles: string[];
  evaluationIntervalMs: number;
  groupEvalOrder: string[];
  tests: TestGroup[];
};

export type TestFileProblem = { file: string; line?: number; reason: string };

export type TestFileResult = { ok: true; testFile: TestFile } | { ok: false; problems: TestFileProblem[] };

class Problem extends Error {
  constructor(
    message: string,
    readonly node: Node | null | undefined,
  ) {
    super(message);
  }
}

type Fields = { [key: string]: (value: Node | null, pair: Pair) => void };

/** Walks a YAML mapping, handing each known key's value to its reader; an unknown key is a problem. */
function readMap(node: Node | null, what: string, fields: Fields): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isMap(node)) throw new Problem(`${what} must be a mapping`, node);
  for (const pair of (node as YAMLMap).items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const read = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (!read) throw new Problem(`field ${key} not found in ${what}`, keyNode);
    read(pair.value as Node | null, pair);
  }
}

function readSeq(node: Node | null, what: string, item: (n: Node | null) => void): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isSeq(node)) throw new Problem(`${what} must be a list`, node);
  for (const n of node.items) item(n as Node | null);
}

/** A scalar as Go's yaml.v2 decodes one into a string: its text as written (numbers and booleans included). */
function readString(node: Node | null, what: string): string {
  if (node === null || (isScalar(node) && node.value === null)) return '';
  if (!isScalar(node)) throw new Problem(`${what} must be a string`, node);
  const s = node as Scalar;
  return typeof s.value === 'string' ? s.value : (s.source ?? String(s.value));
}

function readNumber(node: Node | null, what: string): number {
  if (node === null || (isScalar(node) && node.value === null)) return 0;
  if (!isScalar(node) || typeof node.value !== 'number') throw new Problem(`${what} must be a number`, node);
  return node.value;
}

function readDuration(node: Node | null, what: string): number {
  const text = readString(node, what);
  if (text === '') return 0;
  try {
    return parseDuration(text);
  } catch (error) {
    throw new Problem(`${what}: ${error instanceof Error ? error.message : String(error)}`, node);
  }
}

function readStringMap(node: Node | null, what: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (node === null || (isScalar(node) && node.value === null)) return out;
  if (!isMap(node)) throw new Problem(`${what} must be a mapping of strings`, node);
  for (const pair of node.items) {
    out[readString(pair.key as Node | null, what)] = readString(pair.value as Node | null, what);
  }
  return out;
}

function lineOf(lines: LineCounter, node: Node | null | undefined): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

/** Parses a promtool test file. `file` names it in problems. */
export function parseTestFile(text: string, file: string): TestFileResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: e.pos[0] >= 0 ? lines.linePos(e.pos[0]).line : undefined,
        reason: `YAML syntax: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const line = (n: Node | null | undefined) => lineOf(lines, n) ?? 0;
  const out: TestFile = { ruleFiles: [], evaluationIntervalMs: 0, groupEvalOrder: [], tests: [] };
  try {
    readMap(doc.contents as Node | null, 'the test file', {
      rule_files: (v) => readSeq(v, 'rule_files', (n) => out.ruleFiles.push(readString(n, 'a rule file'))),
      evaluation_interval: (v) => (out.evaluationIntervalMs = readDuration(v, 'evaluation_interval')),
      group_eval_order: (v) => readSeq(v, 'group_eval_order', (n) => out.groupEvalOrder.push(readString(n, 'a group name'))),
      tests: (v) =>
        readSeq(v, 'tests', (n) => {
          const group: TestGroup = {
            line: line(n),
            name: '',
            intervalMs: 0,
            inputSeries: [],
            alertRuleTests: [],
            promqlExprTests: [],
            externalLabels: {},
            externalUrl: '',
          };
          readMap(n, 'a test group', {
            name: (x) => (group.name = readString(x, 'name')),
            interval: (x) => (group.intervalMs = readDuration(x, 'interval')),
            external_labels: (x) => (group.externalLabels = readStringMap(x, 'external_labels')),
            external_url: (x) => (group.externalUrl = readString(x, 'external_url')),
            input_series: (x) =>
              readSeq(x, 'input_series', (s) => {
                const item: InputSeries = { line: line(s), series: '', values: '' };
                readMap(s, 'an input series', {
                  series: (y) => (item.series = readString(y, 'series')),
                  values: (y) => (item.values = readString(y, 'values')),
                });
                group.inputSeries.push(item);
              }),
            alert_rule_test: (x) =>
              readSeq(x, 'alert_rule_test', (a) => {
                const item: AlertTestCase = { line: line(a), evalTimeMs: 0, alertname: '', expAlerts: [] };
                readMap(a, 'an alert_rule_test item', {
                  eval_time: (y) => (item.evalTimeMs = readDuration(y, 'eval_time')),
                  alertname: (y) => (item.alertname = readString(y, 'alertname')),
                  exp_alerts: (y) =>
                    readSeq(y, 'exp_alerts', (e) => {
                      const alert: ExpectedAlert = { labels: {}, annotations: {} };
                      readMap(e, 'an expected alert', {
                        exp_labels: (z) => (alert.labels = readStringMap(z, 'exp_labels')),
                        exp_annotations: (z) => (alert.annotations = readStringMap(z, 'exp_annotations')),
                      });
                      item.expAlerts.push(alert);
                    }),
                });
                group.alertRuleTests.push(item);
              }),
            promql_expr_test: (x) =>
              readSeq(x, 'promql_expr_test', (p) => {
                const item: ExprTestCase = { line: line(p), expr: '', evalTimeMs: 0, expSamples: [] };
                readMap(p, 'a promql_expr_test item', {
                  expr: (y) => (item.expr = readString(y, 'expr')),
                  eval_time: (y) => (item.evalTimeMs = readDuration(y, 'eval_time')),
                  exp_samples: (y) =>
                    readSeq(y, 'exp_samples', (s) => {
                      const sample: ExpectedSample = { line: line(s), labels: '', value: 0 };
                      readMap(s, 'an expected sample', {
                        labels: (z) => (sample.labels = readString(z, 'labels')),
                        value: (z) => (sample.value = readNumber(z, 'value')),
                      });
                      item.expSamples.push(sample);
                    }),
                });
                group.promqlExprTests.push(item);
              }),
          });
          out.tests.push(group);
        }),
    });
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    return { ok: false, problems: [{ file, line: lineOf(lines, error.node), reason: error.message }] };
  }
  // promtool's defaults: evaluation every minute; input series spaced by the evaluation interval.
  if (out.evaluationIntervalMs === 0) out.evaluationIntervalMs = 60_000;
  for (const t of out.tests) if (t.intervalMs === 0) t.intervalMs = out.evaluationIntervalMs;
  const seen = new Set<string>();
  for (const name of out.groupEvalOrder) {
    if (seen.has(name)) return { ok: false, problems: [{ file, reason: `group name repeated in evaluation order: ${name}` }] };
    seen.add(name);
  }
  return { ok: true, testFile: out };
}
