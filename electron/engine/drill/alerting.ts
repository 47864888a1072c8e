/**
 * A drill's alerting pipeline, as Prometheus and Alertmanager run it: rule groups (the scenario's rules.yml,
 * its log-rules.yml and the learner's own) evaluated on the sim clock, their alerts sent to an Alertmanager-
 * shaped dispatcher with Prometheus's resend rules, and each notification delivered by the receivers
 * (chat, e-mail, pager with escalation, webhook outbox). Everything here is a function of the sim clock.
 */
import type { AlertmanagerConfig, IncomingAlert, SilenceMatcher } from '../alerting/dispatch';
import { Dispatcher, fingerprint, parseAlertmanagerConfig } from '../alerting/dispatch';
import { isLogRuleFile, LogRuleGroupEvaluator, parseLogRuleFile } from '../alerting/logrules';
import type { LogRuleGroup } from '../alerting/logrules';
import type { Delivery } from '../alerting/receivers';
import { deliveriesFor, Pager } from '../alerting/receivers';
import { GroupEvaluator, parseRuleFile } from '../alerting/rules';
import type { Alert, RuleGroup, RuleProblem, RuleState } from '../alerting/rules';
import type { Scenario } from '../scenario';
import type { Simulation } from '../sim/simulation';
import { parseDuration } from '../sim/duration';
import { storeQueryable } from '../tsdb/queryable';
import type { AlertingView, AlertView, RuleSource, RuleView } from './alerting-view';

/** Prometheus's --rules.alert.resend-delay default: a firing alert is re-sent at most once a minute. */
const RESEND_DELAY_MS = 60_000;
/** Where generatorURL and the webhook's externalURL point: a Prometheus and Alertmanager that exist only in the sim. */
export const PROMETHEUS_URL = 'http://prometheus.firedrill.invalid:9090';
export const ALERTMANAGER_URL = 'http://alertmanager.firedrill.invalid:9093';
/** Severities that do not page: their alerts never become the rubric's `alert.fired`. */
const NON_PAGING = new Set(['ticket', 'warning', 'info', 'none']);
/** How many deliveries the view carries (newest first). */
const VIEW_DELIVERIES = 200;

/** With no alertmanager.yml, every alert goes to the incident chat, grouped by alertname (Alertmanager's defaults otherwise). */
const DEFAULT_ALERTMANAGER_YAML = `
route:
  receiver: incident-chat
  group_by: [alertname]
receivers:
  - name: incident-chat
    slack_configs:
      - channel: '#incident'
`;

type RuleMeta = { name: string; query: string; forMs?: number; labels: Record<string, string>; annotations: Record<string, string> };
type Evaluator = { eval(tMs: number): void; alerts(): Alert[]; ruleStates(): RuleState[] };
type Runner = { source: RuleSource; group: string; intervalMs: number; evaluator: Evaluator; rules: RuleMeta[] };

/** Something the pipeline did that belongs in the drill's derived history. */
export type AlertingOccurrence = {
  kind: 'alert.fired' | 'alert.resolved' | 'notification.delivered' | 'page.triggered' | 'page.escalated';
  name: string;
};

export class DrillAlerting {
  private readonly runners: Runner[] = [];
  private readonly dispatcher: Dispatcher;
  private readonly pager: Pager;
  /** When each alert (runner index + fingerprint) was last sent to the dispatcher, unix ms. */
  private readonly lastSent = new Map<string, number>();
  /** Alert names with at least one firing alert, for alert.fired / alert.resolved occurrences. */
  private readonly firingNames = new Set<string>();
  private readonly acknowledged = new Map<string, number>();
  private readonly deliveries: Delivery[] = [];
  private nextDelivery = 1;

  constructor(
    private readonly scenario: Scenario,
    private readonly sim: Simulation,
  ) {
    const config = scenario.alertmanager ?? defaultConfig();
    this.dispatcher = new Dispatcher(config);
    const pager = scenario.doc.pager;
    this.pager = new Pager({ primary: pager.primary, secondary: pager.secondary, escalateAfterMs: parseDuration(pager.escalate_after)! });
    for (const group of scenario.ruleGroups ?? []) this.runners.push(this.promRunner(group, 'scenario'));
    for (const group of scenario.logRuleGroups ?? []) this.runners.push(this.logRunner(group, 'logs'));
  }

  /** Evaluates the groups due at sim time `t`, sends their alerts, flushes the dispatcher, delivers and escalates. */
  step(t: number): AlertingOccurrence[] {
    const now = this.sim.world.startUnixMs + t;
    const out: AlertingOccurrence[] = [];
    const incoming: IncomingAlert[] = [];
    let evaluated = false;
    this.runners.forEach((runner, i) => {
      if (t % runner.intervalMs !== 0) return;
      runner.evaluator.eval(now);
      evaluated = true;
      incoming.push(...this.toSend(runner, i, now));
    });
    if (incoming.length > 0) this.dispatcher.receive(incoming, now);
    if (evaluated) out.push(...this.firingChanges());
    for (const n of this.dispatcher.tick(now)) {
      const receiver = this.dispatcher.config.receivers.find((r) => r.name === n.receiver)!;
      for (const d of deliveriesFor(n, receiver, ALERTMANAGER_URL, () => `notification-${this.nextDelivery++}`)) {
        this.deliveries.push(d);
        out.push({ kind: 'notification.delivered', name: d.id });
        if (d.channel !== 'pager') continue;
        const alerts = n.alerts.map((a) => ({ alertname: a.labels.alertname ?? '', summary: a.annotations.summary ?? '', fingerprint: a.fingerprint }));
        const page = this.pager.receive(d, alerts);
        if (page) out.push({ kind: 'page.triggered', name: page.id });
      }
    }
    for (const page of this.pager.escalate(now)) out.push({ kind: 'page.escalated', name: page.id });
    return out;
  }

  /** Whether any rule of the drill alerts under this name. */
  hasAlert(name: string): boolean {
    return this.runners.some((r) => r.rules.some((rule) => rule.name === name && rule.forMs !== undefined));
  }

  /** Acknowledges the firing alerts of this name and every open page holding one. */
  acknowledgeAlert(name: string, t: number): { acknowledged: boolean; reason?: string } {
    const now = this.sim.world.startUnixMs + t;
    const firing = this.allAlerts().filter((a) => a.alert.labels.alertname === name && a.alert.state === 'firing');
    if (firing.length === 0) return { acknowledged: false, reason: `alert ${name} is not firing` };
    for (const a of firing) if (!this.acknowledged.has(a.fingerprint)) this.acknowledged.set(a.fingerprint, now);
    for (const page of this.pager.openWith(name)) this.pager.acknowledge(page.id, now);
    return { acknowledged: true };
  }

  /** Acknowledges a page (stopping its escalation) and the alerts it carries. */
  acknowledgePage(id: string, t: number): { acknowledged: boolean; reason?: string } {
    const now = this.sim.world.startUnixMs + t;
    const result = this.pager.acknowledge(id, now);
    if (!result.ok) return { acknowledged: false, reason: result.reason };
    for (const a of result.page.alerts) if (!this.acknowledged.has(a.fingerprint)) this.acknowledged.set(a.fingerprint, now);
    return { acknowledged: true };
  }

  createSilence(input: { matchers: SilenceMatcher[]; duration: string; createdBy: string; comment: string }, t: number) {
    const now = this.sim.world.startUnixMs + t;
    const ms = parseDuration(input.duration);
    if (ms === undefined) return { ok: false, reason: `not a valid duration: ${input.duration}` } as const;
    return this.dispatcher.silences.add({ matchers: input.matchers, startsAtMs: now, endsAtMs: now + ms, createdBy: input.createdBy, comment: input.comment }, now);
  }

  expireSilence(id: string, t: number) {
    return this.dispatcher.silences.expire(id, this.sim.world.startUnixMs + t);
  }

  /**
   * Adds the learner's rule file: a Prometheus rule file, or a log rule file (its rules have `query`, not
   * `expr` — what Discover's "Copy as log rule" writes). A group named like one the learner added before
   * replaces it; a file with problems changes nothing.
   */
  addRules(text: string): { ok: boolean; groups: string[]; problems: RuleProblem[] } {
    const runners = isLogRuleFile(text) ? this.learnerLogRunners(text) : this.learnerPromRunners(text);
    if (!runners.ok) return { ok: false, groups: [], problems: runners.problems };
    for (const runner of runners.value) {
      const existing = this.runners.findIndex((r) => r.source === 'learner' && r.group === runner.group);
      if (existing >= 0) this.runners[existing] = runner;
      else this.runners.push(runner);
    }
    return { ok: true, groups: runners.value.map((r) => r.group), problems: [] };
  }

  private learnerPromRunners(text: string): { ok: true; value: Runner[] } | { ok: false; problems: RuleProblem[] } {
    const parsed = parseRuleFile(text, 'learner-rules.yml');
    return parsed.ok ? { ok: true, value: parsed.groups.map((g) => this.promRunner(g, 'learner')) } : parsed;
  }

  private learnerLogRunners(text: string): { ok: true; value: Runner[] } | { ok: false; problems: RuleProblem[] } {
    const parsed = parseLogRuleFile(text, 'learner-log-rules.yml');
    return parsed.ok ? { ok: true, value: parsed.groups.map((g) => this.logRunner(g, 'learner')) } : parsed;
  }

  delivery(id: string): Delivery | undefined {
    return this.deliveries.find((d) => d.id === id);
  }

  view(t: number): AlertingView {
    const now = this.sim.world.startUnixMs + t;
    const rules: RuleView[] = this.runners.flatMap((runner) =>
      runner.evaluator.ruleStates().map((state, i) => {
        const meta = runner.rules[i]!;
        const view: RuleView = { ...state, group: runner.group, source: runner.source, query: meta.query, labels: meta.labels, annotations: meta.annotations };
        if (meta.forMs !== undefined) view.forMs = meta.forMs;
        return view;
      }),
    );
    const alerts: AlertView[] = this.allAlerts().map(({ alert, runner, fingerprint: fp }) => {
      const status = alert.state === 'firing' ? this.dispatcher.status(alert.labels, now) : undefined;
      const view: AlertView = {
        ...alert,
        group: runner.group,
        source: runner.source,
        fingerprint: fp,
        delivery: status?.state ?? 'unprocessed',
        silencedBy: status?.silencedBy ?? [],
        inhibitedBy: status?.inhibitedBy ?? [],
      };
      const ack = this.acknowledged.get(fp);
      if (ack !== undefined) view.acknowledgedAt = ack;
      return view;
    });
    return {
      rules,
      alerts,
      groups: this.dispatcher.groupsView(),
      silences: this.dispatcher.silences.list(now).map(({ silence, state }) => ({ ...silence, matchers: [...silence.matchers], state })),
      deliveries: this.deliveries.slice(-VIEW_DELIVERIES).reverse(),
      pages: this.pager.list(),
      pager: { ...this.pager.policy },
      runbooks: Object.keys(this.scenario.runbooks ?? {}).sort(),
    };
  }

  private storeContext() {
    const store = this.sim.store;
    const epoch = this.sim.world.startUnixMs;
    return {
      queryable: storeQueryable(store, epoch),
      append: (labels: Record<string, string>, tMs: number, value: number) => store.append(store.ref(labels), tMs - epoch, value),
      externalURL: PROMETHEUS_URL,
    };
  }

  /** A log rule group over the drill's log store; without an `interval` it runs every scrape interval. */
  private logRunner(group: LogRuleGroup, source: RuleSource): Runner {
    const evaluator = new LogRuleGroupEvaluator(group, { logs: () => this.sim.logs, ...this.storeContext() });
    return { source, group: group.name, intervalMs: group.intervalMs ?? this.sim.intervalMs, evaluator, rules: evaluator.rules() };
  }

  /** A Prometheus rule group; without an `interval` it runs every scrape interval (evaluation_interval = scrape_interval). */
  private promRunner(group: RuleGroup, source: RuleSource): Runner {
    return {
      source,
      group: group.name,
      intervalMs: group.intervalMs ?? this.sim.intervalMs,
      evaluator: new GroupEvaluator(group, this.storeContext()),
      rules: group.rules.map((r) =>
        r.kind === 'alert'
          ? { name: r.name, query: r.exprText, forMs: r.forMs, labels: r.labels, annotations: r.annotations }
          : { name: r.name, query: r.exprText, labels: r.labels, annotations: {} },
      ),
    };
  }

  private allAlerts(): { alert: Alert; runner: Runner; fingerprint: string }[] {
    return this.runners.flatMap((runner) => runner.evaluator.alerts().map((alert) => ({ alert, runner, fingerprint: fingerprint(alert.labels) })));
  }

  /**
   * Prometheus's sendAlerts: firing and resolved alerts (never pending) go out when newly resolved or when
   * the resend delay has passed; a firing alert's endsAt is 4 × max(resend delay, interval) ahead, so it
   * expires in Alertmanager if Prometheus stops sending it.
   */
  private toSend(runner: Runner, index: number, now: number): IncomingAlert[] {
    const out: IncomingAlert[] = [];
    const validFor = 4 * Math.max(RESEND_DELAY_MS, runner.intervalMs);
    const meta = new Map(runner.rules.map((r) => [r.name, r]));
    for (const a of runner.evaluator.alerts()) {
      if (a.state === 'pending') continue;
      const key = `${index}|${fingerprint(a.labels)}`;
      const last = this.lastSent.get(key);
      const newlyResolved = a.resolvedAt !== undefined && (last === undefined || a.resolvedAt > last);
      if (last !== undefined && !newlyResolved && last + RESEND_DELAY_MS >= now) continue;
      if (last === undefined && a.firedAt === undefined) continue;
      this.lastSent.set(key, now);
      const query = meta.get(a.labels.alertname ?? '')?.query ?? '';
      out.push({
        labels: a.labels,
        annotations: a.annotations,
        startsAt: a.firedAt ?? a.activeAt,
        endsAt: a.resolvedAt ?? now + validFor,
        generatorURL: `${PROMETHEUS_URL}/graph?g0.expr=${queryEscape(query)}&g0.tab=1`,
      });
    }
    return out;
  }

  /**
   * alert.fired when an alert name gets its first firing alert, alert.resolved when its last one stops —
   * for paging alerts only: the rubric's `alert.fired` is the page that starts an incident, and a ticket
   * (severity ticket, warning or info) firing earlier must not move it.
   */
  private firingChanges(): AlertingOccurrence[] {
    const paging = (labels: Record<string, string>) => !NON_PAGING.has(labels.severity ?? '');
    const now = new Set(this.allAlerts().filter((a) => a.alert.state === 'firing' && paging(a.alert.labels)).map((a) => a.alert.labels.alertname ?? ''));
    const out: AlertingOccurrence[] = [];
    for (const name of now) if (!this.firingNames.has(name)) out.push({ kind: 'alert.fired', name });
    for (const name of this.firingNames) if (!now.has(name)) out.push({ kind: 'alert.resolved', name });
    this.firingNames.clear();
    for (const name of now) this.firingNames.add(name);
    return out;
  }
}

function defaultConfig(): AlertmanagerConfig {
  const parsed = parseAlertmanagerConfig(DEFAULT_ALERTMANAGER_YAML);
  if (!parsed.ok) throw new Error(`default Alertmanager config is invalid: ${parsed.errors.map((e) => e.reason).join('; ')}`);
  return parsed.config;
}

/** Go's url.QueryEscape: everything but letters, digits and -_.~ escaped, spaces as '+'. */
function queryEscape(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}
