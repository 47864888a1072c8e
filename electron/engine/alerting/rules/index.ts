/** Prometheus rule files, alert templates and rule-group evaluation. */
export { parseRuleFile, isValidName } from './rule-file';
export type { AlertingRule, ParseRuleFileResult, RecordingRule, Rule, RuleGroup, RuleProblem } from './rule-file';
export { GroupEvaluator, RESOLVED_RETENTION_MS } from './group';
export type { Alert, AlertState, GroupContext, RuleHealth, RuleState } from './group';
export { checkTemplate, expandTemplate } from './template';
export type { ExpandResult, TemplateData } from './template';
export { humanize, humanize1024, humanizeDuration, humanizePercentage, humanizeTimestamp } from './humanize';
export { goFormatFloat, goSprintf } from './go-format';
