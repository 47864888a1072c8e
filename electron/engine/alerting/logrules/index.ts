/** Log-based alert rules (`log-rules.yml`): KQL counts over a window, alerting as Prometheus rules do. */
export { parseLogRuleFile, groupByLabel, isLogRuleFile } from './log-rule-file';
export type { LogRule, LogRuleGroup, LogRuleOp, ParseLogRuleFileResult } from './log-rule-file';
export { LogRuleGroupEvaluator, LOG_RULE_METRIC } from './log-rule-group';
export type { LogRuleContext, LogRuleInfo } from './log-rule-group';
