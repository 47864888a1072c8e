/**
 * The text of a `log-rules.yml` file holding one rule (docs/log-rules.md), for Discover's "Copy as log rule".
 * The renderer may not import the alerting engine's reader, so this writes the same format with the `yaml`
 * package, which quotes whatever needs quoting (a query's quotes, colons and backslashes; an `op` of `>`).
 */
import { Document, isMap, isSeq } from 'yaml';

export type LogRuleOp = '>' | '>=' | '<' | '<=';
export const LOG_RULE_OPS: readonly LogRuleOp[] = ['>', '>=', '<', '<='];

/** One log rule and the group it goes in, every field already checked (log-rule-form.ts). */
export type LogRuleDraft = {
  group: string;
  alert: string;
  query: string;
  /** A Prometheus duration: `5m`. */
  window: string;
  threshold: number;
  op: LogRuleOp;
  /** A Prometheus duration; left out when empty. */
  for: string;
  groupBy: string[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
};

/** The rule file: one group with one rule, fields in the order docs/log-rules.md lists them, optional ones only when set. */
export function logRuleYaml(draft: LogRuleDraft): string {
  const rule: Record<string, unknown> = { alert: draft.alert, query: draft.query, window: draft.window };
  if (draft.groupBy.length > 0) rule.group_by = draft.groupBy;
  rule.threshold = draft.threshold;
  rule.op = draft.op;
  if (draft.for !== '') rule.for = draft.for;
  if (Object.keys(draft.labels).length > 0) rule.labels = draft.labels;
  if (Object.keys(draft.annotations).length > 0) rule.annotations = draft.annotations;
  const doc = new Document({ groups: [{ name: draft.group, rules: [rule] }] });
  flowGroupBy(doc);
  // No line folding: a long query stays on one line, as someone editing the file expects it.
  return doc.toString({ lineWidth: 0 });
}

/** `group_by: [service.name]`, as the docs write it. */
function flowGroupBy(doc: Document): void {
  const rules = doc.getIn(['groups', 0, 'rules']);
  if (!isSeq(rules)) return;
  for (const rule of rules.items) {
    const groupBy = isMap(rule) ? rule.get('group_by', true) : undefined;
    if (isSeq(groupBy)) groupBy.flow = true;
  }
}
