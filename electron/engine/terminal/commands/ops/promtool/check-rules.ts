/**
 * `promtool check rules` as Prometheus 2.42 does it (model/rulefmt, cmd/promtool): a strict YAML decode
 * (unknown fields and type mismatches as yaml.v3 words them, a bad duration ending the decode), a loose
 * second decode, then the rules' validation with each problem's line:column where 2.42 gives one; finally
 * the duplicate-rules lint. Expressions and templates are checked by the engine's own parsers.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode, YAMLMap } from 'yaml';
import { checkTemplate } from '../../../../alerting/rules';
import { ParseError, parseExpr } from '../../../../promql/parser';
import { DecodeAbort, Decoder, isNull, scalarTag } from './yaml-decode';
import type { Pos } from './yaml-decode';

/** The file's result: its errors as promtool prints them (each already prefixed with the file name), or its rule count and lint. */
export type CheckResult = { errors: string[] } | { rules: number; lint?: string };

type RuleNode = { record?: YamlNode | null; alert?: YamlNode | null; expr?: YamlNode | null; forMs: number; keepMs: number; labels: Map<string, string>; annotations: Map<string, string> };
type Group = { name: string; pos: Pos; rules: RuleNode[] };

const GROUP_FIELDS = ['name', 'interval', 'limit', 'rules'];
const RULE_FIELDS = ['record', 'alert', 'expr', 'for', 'keep_firing_for', 'labels', 'annotations'];
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

function decodeRule(d: Decoder, node: YamlNode): RuleNode | undefined {
  if (!isMap(node)) {
    if (!isNull(node)) d.mismatch(node, 'rulefmt.RuleNode');
    return undefined;
  }
  const f = d.fields(node, RULE_FIELDS, 'rulefmt.RuleNode');
  return {
    record: f.get('record'),
    alert: f.get('alert'),
    expr: f.get('expr'),
    forMs: d.duration(f.get('for')),
    keepMs: d.duration(f.get('keep_firing_for')),
    labels: d.stringMap(f.get('labels')),
    annotations: d.stringMap(f.get('annotations')),
  };
}

function decodeGroups(d: Decoder, root: YamlNode): Group[] {
  if (!isMap(root)) {
    d.mismatch(root, 'rulefmt.RuleGroups');
    return [];
  }
  const groupsNode = d.fields(root, ['groups'], 'rulefmt.RuleGroups').get('groups');
  if (!groupsNode || isNull(groupsNode)) return [];
  if (!isSeq(groupsNode)) {
    d.mismatch(groupsNode, '[]rulefmt.RuleGroup');
    return [];
  }
  const groups: Group[] = [];
  for (const g of groupsNode.items as YamlNode[]) {
    if (!isMap(g)) {
      d.mismatch(g, 'rulefmt.RuleGroup');
      continue;
    }
    const f = d.fields(g, GROUP_FIELDS, 'rulefmt.RuleGroup');
    const name = d.string(f.get('name'));
    d.duration(f.get('interval'));
    const limit = f.get('limit');
    if (limit && !isNull(limit) && (!isScalar(limit) || scalarTag(limit) !== '!!int')) d.mismatch(limit, 'int');
    const rulesNode = f.get('rules');
    const rules: RuleNode[] = [];
    if (rulesNode && !isNull(rulesNode)) {
      if (!isSeq(rulesNode)) d.mismatch(rulesNode, '[]rulefmt.RuleNode');
      else for (const r of rulesNode.items as YamlNode[]) rules.push(decodeRule(d, r) ?? { forMs: 0, keepMs: 0, labels: new Map(), annotations: new Map() });
    }
    groups.push({ name, pos: d.pos(g), rules });
  }
  return groups;
}

const at = (p: Pos) => `${p.line}:${p.col}`;

/** RuleNode.Validate: each problem with the node 2.42 points at (none for labels and templates). */
function validateRule(d: Decoder, r: RuleNode): { err: string; nodes: Pos[] }[] {
  const out: { err: string; nodes: Pos[] }[] = [];
  const record = d.string(r.record);
  const alert = d.string(r.alert);
  const expr = d.string(r.expr);
  if (record !== '' && alert !== '') out.push({ err: "only one of 'record' and 'alert' must be set", nodes: [d.pos(r.record), d.pos(r.alert)] });
  if (record === '' && alert === '') out.push({ err: "one of 'record' or 'alert' must be set", nodes: [d.pos(r.record)] });
  if (expr === '') out.push({ err: "field 'expr' must be set in rule", nodes: [d.pos(r.expr)] });
  else {
    try {
      parseExpr(expr);
    } catch (e) {
      out.push({ err: `could not parse expression: ${e instanceof ParseError ? e.display : (e as Error).message}`, nodes: [d.pos(r.expr)] });
    }
  }
  if (record !== '') {
    if (r.annotations.size > 0) out.push({ err: "invalid field 'annotations' in recording rule", nodes: [d.pos(r.record)] });
    if (r.forMs !== 0) out.push({ err: "invalid field 'for' in recording rule", nodes: [d.pos(r.record)] });
    if (r.keepMs !== 0) out.push({ err: "invalid field 'keep_firing_for' in recording rule", nodes: [d.pos(r.record)] });
    if (!METRIC_NAME.test(record)) out.push({ err: `invalid recording rule name: ${record}`, nodes: [d.pos(r.record)] });
  }
  // Go iterates maps in random order; sorted here so the output is stable.
  const sorted = (m: Map<string, string>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [k] of sorted(r.labels)) if (!LABEL_NAME.test(k) || k === '__name__') out.push({ err: `invalid label name: ${k}`, nodes: [] });
  for (const [k] of sorted(r.annotations)) if (!LABEL_NAME.test(k)) out.push({ err: `invalid annotation name: ${k}`, nodes: [] });
  if (alert !== '') {
    for (const [k, v] of sorted(r.labels)) {
      const err = checkTemplate(v, `__alert_${alert}`);
      if (err) out.push({ err: `label ${JSON.stringify(k)}: ${err}`, nodes: [] });
    }
    for (const [k, v] of sorted(r.annotations)) {
      const err = checkTemplate(v, `__alert_${alert}`);
      if (err) out.push({ err: `annotation ${JSON.stringify(k)}: ${err}`, nodes: [] });
    }
  }
  return out;
}

/** checkDuplicates: rules with the same name (alert or record) and labels, each reported once. */
function duplicates(d: Decoder, groups: readonly Group[]): { metric: string; labels: [string, string][] }[] {
  const rules = groups.flatMap((g) => g.rules.map((r) => ({ metric: d.string(r.alert) || d.string(r.record), labels: [...r.labels.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) })));
  const key = (r: { metric: string; labels: [string, string][] }) => JSON.stringify([r.metric, r.labels]);
  rules.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const out: typeof rules = [];
  for (let i = 1; i < rules.length; i++) {
    if (key(rules[i]!) === key(rules[i - 1]!) && (out.length === 0 || key(out[out.length - 1]!) !== key(rules[i]!))) out.push(rules[i]!);
  }
  return out;
}

/** Checks one rule file's text; `file` is the name promtool was given. */
export function checkRuleFile(text: string, file: string): CheckResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    // yaml.v3 fails both decodes on a syntax error, so promtool prints it twice.
    const e = doc.errors[0]!;
    const message = `${file}: yaml: line ${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
    return { errors: [message, message] };
  }
  const d = new Decoder(lines);
  const root = doc.contents as YamlNode | null;
  if (root === null || isNull(root)) return { rules: 0 };
  let groups: Group[];
  try {
    groups = decodeGroups(d, root);
  } catch (e) {
    if (e instanceof DecodeAbort) return { errors: [`${file}: ${e.message}`] };
    throw e;
  }
  const errors: string[] = [];
  if (d.typeErrors.length > 0) errors.push(`${file}: yaml: unmarshal errors:\n${d.typeErrors.join('\n')}`);
  // The loose second decode (groups as []yaml.Node) fails only when `groups` is not a list.
  const groupsNode = isMap(root) ? (root as YAMLMap).get('groups', true) : undefined;
  if (groupsNode && !isSeq(groupsNode) && !isNull(groupsNode as YamlNode)) {
    const loose = new Decoder(lines);
    loose.mismatch(groupsNode as YamlNode, '[]yaml.Node');
    errors.push(`${file}: yaml: unmarshal errors:\n${loose.typeErrors.join('\n')}`);
  }
  if (errors.length > 0) return { errors };
  const seen = new Set<string>();
  for (const g of groups) {
    if (g.name === '') errors.push(`${file}: ${at(g.pos)}: Groupname must not be empty`);
    if (seen.has(g.name)) errors.push(`${file}: ${at(g.pos)}: groupname: "${g.name}" is repeated in the same file`);
    seen.add(g.name);
    g.rules.forEach((r, i) => {
      const name = d.string(r.alert) || d.string(r.record);
      for (const p of validateRule(d, r)) {
        const where = p.nodes.map((n) => `${at(n)}: `).join('');
        errors.push(`${file}: ${where}group ${JSON.stringify(g.name)}, rule ${i + 1}, ${JSON.stringify(name)}: ${p.err}`);
      }
    });
  }
  if (errors.length > 0) return { errors };
  const rules = groups.reduce((n, g) => n + g.rules.length, 0);
  const dups = duplicates(d, groups);
  if (dups.length === 0) return { rules };
  const detail = dups.map((r) => `Metric: ${r.metric}\nLabel(s):\n${r.labels.map(([k, v]) => `\t${k}: ${v}\n`).join('')}`).join('');
  return { rules, lint: `lint error ${dups.length} duplicate rule(s) found.\n${detail}Might cause inconsistency while recording expressions` };
}
