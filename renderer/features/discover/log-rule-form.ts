/**
 * "Copy as log rule"'s form, checked field by field the way the log rule reader will check the file
 * (electron/engine/alerting/logrules/log-rule-file.ts), so a problem is shown beside its field before the
 * learner copies the rule or sends it to the rule editor.
 */
import { parseDuration } from '../../../electron/engine/promql/parser/duration';
import { parseKql } from '../../../electron/engine/logs/kql';
import type { LogRuleDraft, LogRuleOp } from './log-rule-yaml';

/** The form as typed: every field text, as inputs hold it. */
export type LogRuleForm = {
  query: string;
  alert: string;
  window: string;
  op: LogRuleOp;
  threshold: string;
  for: string;
  /** Comma-separated event fields. */
  groupBy: string;
  severity: string;
  summary: string;
};

export type LogRuleFormErrors = Partial<Record<keyof LogRuleForm, string>>;
export type LogRuleFormCheck = { ok: true; draft: LogRuleDraft } | { ok: false; errors: LogRuleFormErrors };

/** Labels the log rule evaluator sets itself, which a group_by field may not produce. */
const RESERVED_LABELS = new Set(['rule', 'alertname', 'alertstate']);
/** A classic Prometheus metric name: what every Prometheus version (and promtool's legacy check) accepts as an alert name. */
const ALERT_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * The query a rule counts: Discover's empty query means "every event", which a rule file cannot leave empty,
 * so it becomes `*` (match all).
 */
export function ruleQuery(query: string): string {
  return query.trim() === '' ? '*' : query;
}

/** The summary a rule starts with, naming its window (the dialog keeps it in step until the learner edits it). */
export function defaultSummary(window: string): string {
  return `{{ $value }} matching log events in ${window.trim() || 'the window'}`;
}

/** The form's starting values for a Discover query. */
export function initialLogRuleForm(query: string): LogRuleForm {
  return { query: ruleQuery(query), alert: 'LogEventsAboveThreshold', window: '5m', op: '>', threshold: '0', for: '1m', groupBy: '', severity: 'ticket', summary: defaultSummary('5m') };
}

/** Checks every field; when all are right, the rule ready to be written. */
export function checkLogRuleForm(form: LogRuleForm): LogRuleFormCheck {
  const errors: LogRuleFormErrors = {};
  const alert = form.alert.trim();
  if (alert === '') errors.alert = 'Enter an alert name';
  else if (!ALERT_NAME.test(alert)) errors.alert = 'An alert name uses letters, digits, _ and : only, and does not start with a digit';

  const parsed = parseKql(form.query);
  if (!parsed.ok) errors.query = `The query does not parse: ${parsed.error.message} (column ${parsed.error.position + 1})`;

  const windowMs = durationMs(form.window.trim());
  if (typeof windowMs === 'string') errors.window = windowMs;
  else if (windowMs === 0) errors.window = 'The window must be longer than 0';

  const forText = form.for.trim();
  const forMs = forText === '' ? 0 : durationMs(forText);
  if (typeof forMs === 'string') errors.for = forMs;

  const thresholdText = form.threshold.trim();
  const threshold = Number(thresholdText);
  if (thresholdText === '' || !Number.isFinite(threshold)) errors.threshold = 'The threshold must be a number, such as 20 or 0.5';

  const groupBy = splitFields(form.groupBy);
  const groupByError = checkGroupBy(groupBy);
  if (groupByError) errors.groupBy = groupByError;

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const labels: Record<string, string> = form.severity.trim() === '' ? {} : { severity: form.severity.trim() };
  const annotations: Record<string, string> = form.summary.trim() === '' ? {} : { summary: form.summary.trim() };
  return {
    ok: true,
    draft: { group: `discover-${alert}`, alert, query: form.query, window: form.window.trim(), threshold, op: form.op, for: forText, groupBy, labels, annotations },
  };
}

/** A duration in milliseconds, or why it is not one (Prometheus's own message, with an example). */
function durationMs(text: string): number | string {
  if (text === '') return 'Enter a duration, such as 5m or 1h30m';
  try {
    return parseDuration(text);
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)}: use a duration such as 30s, 5m or 1h30m`;
  }
}

function splitFields(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The reader's group_by rules: each field's label (dots become underscores) valid, not reserved, not shared. */
function checkGroupBy(fields: string[]): string | undefined {
  const byLabel = new Map<string, string>();
  for (const field of fields) {
    const label = field.replaceAll('.', '_');
    if (!LABEL_NAME.test(label) || label.startsWith('__')) return `"${field}" would become the label "${label}", which is not a valid label name`;
    if (RESERVED_LABELS.has(label)) return `"${field}" would become the label "${label}", which the rule sets itself`;
    const other = byLabel.get(label);
    if (other !== undefined) return `"${other}" and "${field}" would both become the label "${label}"`;
    byLabel.set(label, field);
  }
  return undefined;
}
