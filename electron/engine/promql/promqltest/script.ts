/**
 * Parses Prometheus's PromQL test scripts (promql/promqltest `.test` files) into commands. The format is described
 * in ../shared/conformance/promql/README.md; this follows upstream's parser (promqltest/test.go) line for line
 * where it matters: trimmed lines, `#` comments, blocks ended by an empty line, deprecated `eval_*` forms.
 * Anything it cannot read becomes an `unsupported` command (or an eval marked unsupported) instead of an error,
 * so one odd line costs its eval, not the file.
 */
import type { Labels } from '../../tsdb';
import type { SequenceValue } from './notation';
import { parseDuration, parseNumberLine, parseSeriesDescription, unquote } from './notation';

export type LoadedSeries = { labels: Labels; values: SequenceValue[]; line: number };

export type LoadCommand = { kind: 'load'; line: number; stepMs: number; withNhcb: boolean; series: LoadedSeries[]; problems: string[] };

/** What an eval expects to fail with: any error, an exact message, or a pattern. */
export type ExpectedFailure = { message?: string; regex?: string };

export type ExpectedSeries = { labels: Labels; values: SequenceValue[]; line: number };

export type EvalCommand = {
  kind: 'eval';
  /** 1-based line of the `eval` line, and the line as written. */
  line: number;
  text: string;
  expr: string;
  /** Instant queries run at `time` (ms); range queries from `start` to `end` every `step`. */
  range: boolean;
  time: number;
  start: number;
  end: number;
  step: number;
  fail?: ExpectedFailure;
  ordered: boolean;
  /** `expect range vector …` on an instant query: the expected points are at start, start+step, …. */
  rangeVector: boolean;
  expectScalar?: number;
  expectString?: string;
  expected: ExpectedSeries[];
  /** Annotation expectations (warn/info), recorded and ignored by the value-only runner. */
  annotations: string[];
  /** Lines this runner could not read; the eval is skipped with this reason. */
  unsupported?: string;
};

export type Command = { kind: 'clear'; line: number } | LoadCommand | EvalCommand | { kind: 'unsupported'; line: number; text: string; reason: string };

const LOAD_RE = /^load(?:_(with_nhcb))?\s+(.+?)$/;
const EVAL_INSTANT_RE = /^eval(?:_(fail|warn|ordered|info))?\s+instant\s+(?:at\s+(.+?))?\s+(.+)$/;
const EVAL_RANGE_RE = /^eval(?:_(fail|warn|info))?\s+range\s+from\s+(.+)\s+to\s+(.+)\s+step\s+(.+?)\s+(.+)$/;
const EXPECT_RE = /^expect\s+(ordered|fail|warn|no_warn|info|no_info)(?:\s+(regex|msg):(.+))?$/;
const EXPECT_RANGE_RE = /^expect range vector\s+from\s+(.+)\s+to\s+(.+)\s+step\s+(.+)$/;

/** Trimmed lines; a comment line becomes empty. */
function scriptLines(text: string): string[] {
  return text.split('\n').map((raw) => {
    const line = raw.trim();
    return line.startsWith('#') ? '' : line;
  });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Parses a whole script. Never throws: unreadable parts come back as `unsupported`. */
export function parseScript(text: string): Command[] {
  const lines = scriptLines(text);
  const commands: Command[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const word = line.split(/[\t ]+/, 1)[0]!.toLowerCase();
    if (word === 'clear') {
      commands.push({ kind: 'clear', line: i + 1 });
    } else if (word.startsWith('load')) {
      const end = blockEnd(lines, i);
      commands.push(parseLoad(lines, i, end));
      i = end - 1;
    } else if (word.startsWith('eval')) {
      const end = blockEnd(lines, i);
      commands.push(parseEval(lines, i, end));
      i = end - 1;
    } else {
      const end = blockEnd(lines, i);
      commands.push({ kind: 'unsupported', line: i + 1, text: line, reason: `unsupported command "${word}"` });
      i = end - 1;
    }
  }
  return commands;
}

/** The index just past a command's block: the next empty line or the end. */
function blockEnd(lines: readonly string[], start: number): number {
  let end = start + 1;
  while (end < lines.length && lines[end] !== '') end++;
  return end;
}

function parseLoad(lines: readonly string[], start: number, end: number): LoadCommand | Command {
  const m = LOAD_RE.exec(lines[start]!);
  let stepMs: number;
  try {
    if (!m) throw new Error('invalid load command (load[_with_nhcb] <step>)');
    stepMs = parseDuration(m[2]!);
  } catch (error) {
    return { kind: 'unsupported', line: start + 1, text: lines[start]!, reason: `unreadable load: ${message(error)}` };
  }
  const cmd: LoadCommand = { kind: 'load', line: start + 1, stepMs, withNhcb: m[1] === 'with_nhcb', series: [], problems: [] };
  for (let i = start + 1; i < end; i++) {
    const line = lines[i]!;
    const head = line.split(/[\t ]/, 1)[0]!;
    if (head.endsWith('@st')) {
      cmd.problems.push(`line ${i + 1}: start-timestamp (@st) lines are not supported`);
      continue;
    }
    try {
      const { labels, values } = parseSeriesDescription(line);
      cmd.series.push({ labels, values, line: i + 1 });
    } catch (error) {
      cmd.problems.push(`line ${i + 1}: ${message(error)}`);
    }
  }
  return cmd;
}

function parseEval(lines: readonly string[], start: number, end: number): Command {
  const line = lines[start]!;
  const instant = EVAL_INSTANT_RE.exec(line);
  const ranged = instant ? null : EVAL_RANGE_RE.exec(line);
  if (!instant && !ranged) return { kind: 'unsupported', line: start + 1, text: line, reason: 'unreadable eval command' };
  const cmd: EvalCommand = {
    kind: 'eval',
    line: start + 1,
    text: line,
    expr: instant ? instant[3]! : ranged![5]!,
    range: ranged !== null,
    time: 0,
    start: 0,
    end: 0,
    step: 0,
    ordered: false,
    rangeVector: false,
    expected: [],
    annotations: [],
  };
  const unsupported = (reason: string) => {
    cmd.unsupported ??= reason;
  };
  try {
    if (instant) {
      cmd.time = parseDuration(instant[2] ?? '');
      cmd.start = cmd.time;
    } else {
      cmd.start = parseDuration(ranged![2]!);
      cmd.end = parseDuration(ranged![3]!);
      cmd.step = parseDuration(ranged![4]!);
      if (cmd.end < cmd.start) throw new Error('end before start');
    }
  } catch (error) {
    unsupported(`unreadable eval times: ${message(error)}`);
  }
  const modifier = (instant ?? ranged)![1];
  if (modifier === 'fail') cmd.fail = {};
  if (modifier === 'ordered') cmd.ordered = true;
  if (modifier === 'warn' || modifier === 'info') cmd.annotations.push(modifier);

  for (let i = start + 1; i < end; i++) {
    const def = lines[i]!;
    if (cmd.fail && def.startsWith('expected_fail_message')) {
      cmd.fail = { message: def.slice('expected_fail_message'.length).trim() };
      if (i + 1 < end) unsupported(`line ${i + 2}: lines after expected_fail_message`);
      break;
    }
    if (cmd.fail && def.startsWith('expected_fail_regexp')) {
      cmd.fail = { regex: def.slice('expected_fail_regexp'.length).trim() };
      if (i + 1 < end) unsupported(`line ${i + 2}: lines after expected_fail_regexp`);
      break;
    }
    if (def.startsWith('expect range vector')) {
      const r = EXPECT_RANGE_RE.exec(def);
      try {
        if (!r) throw new Error(`invalid range vector definition "${def}"`);
        cmd.rangeVector = true;
        cmd.start = parseDuration(r[1]!);
        cmd.end = parseDuration(r[2]!);
        cmd.step = parseDuration(r[3]!);
        // Upstream evaluates the instant query at the range's end.
        cmd.time = cmd.end;
      } catch (error) {
        unsupported(`line ${i + 1}: ${message(error)}`);
      }
      continue;
    }
    if (def.startsWith('expect string')) {
      try {
        const literal = def.slice('expect string'.length).trim();
        if (literal === '') throw new Error('expect string needs a quoted string');
        cmd.expectString = unquote(literal);
      } catch (error) {
        unsupported(`line ${i + 1}: ${message(error)}`);
      }
      continue;
    }
    if (def.split(' ', 1)[0] === 'expect') {
      const e = EXPECT_RE.exec(def);
      if (!e) {
        unsupported(`line ${i + 1}: unreadable expect line`);
        continue;
      }
      const [, type, how, text] = e;
      if (type === 'ordered') cmd.ordered = true;
      else if (type === 'fail') {
        if (how === 'msg') cmd.fail = { message: text!.trim() };
        else if (how === 'regex') cmd.fail = { regex: text!.trim() };
        else cmd.fail = {};
      } else cmd.annotations.push(def);
      continue;
    }
    const scalar = parseNumberLine(def);
    if (scalar !== undefined) {
      cmd.expectScalar = scalar;
      // Upstream stops reading the block at a scalar.
      break;
    }
    try {
      const { labels, values } = parseSeriesDescription(def);
      if (values.length > 1 && !cmd.range && !cmd.rangeVector) throw new Error('several values for an instant eval without "expect range vector"');
      cmd.expected.push({ labels, values, line: i + 1 });
    } catch (error) {
      unsupported(`line ${i + 1}: ${message(error)}`);
    }
  }
  return cmd;
}
