/**
 * What the alerts screens show of a drill's alerting pipeline: rules and their alerts (Prometheus's view),
 * route groups, silences and notifications (Alertmanager's), and the receivers' deliveries (chat, e-mail,
 * pager, webhook). Every time here is unix ms of the simulated clock.
 */
import type { Silence, SilenceState } from '../alerting/dispatch';
import type { Delivery, Page, PagerPolicy } from '../alerting/receivers';
import type { Alert, RuleState } from '../alerting/rules';

export type { Channel, Delivery, Page, PagerPolicy, PageState } from '../alerting/receivers';

/** Where a rule came from: the scenario's rules.yml, its log-rules.yml, or a file the learner added. */
export type RuleSource = 'scenario' | 'logs' | 'learner';

export type RuleView = RuleState & {
  group: string;
  source: RuleSource;
  /** The PromQL expression, or a log rule's query. */
  query: string;
  forMs?: number;
  labels: Record<string, string>;
  annotations: Record<string, string>;
};

/** An alert of a rule, with what Alertmanager did with it. */
export type AlertView = Alert & {
  group: string;
  source: RuleSource;
  fingerprint: string;
  /** Alertmanager's state for a firing alert: muted ones are `suppressed`. */
  delivery: 'unprocessed' | 'active' | 'suppressed';
  silencedBy: string[];
  inhibitedBy: string[];
  /** Set once the learner acknowledged it (directly or through its page). */
  acknowledgedAt?: number;
};

/** One of Alertmanager's aggregation groups: alerts that route to the same receiver with the same group labels. */
export type RouteGroupView = { receiver: string; groupKey: string; groupLabels: Record<string, string>; alerts: string[] };

export type SilenceView = Silence & { state: SilenceState };

export type AlertingView = {
  rules: RuleView[];
  alerts: AlertView[];
  groups: RouteGroupView[];
  silences: SilenceView[];
  /** Newest first. */
  deliveries: Delivery[];
  pages: Page[];
  pager: PagerPolicy;
  /** Runbook paths the scenario ships (`runbooks/<name>.md`). */
  runbooks: string[];
};
