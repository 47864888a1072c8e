/**
 * Turns a dispatcher notification into what each of the receiver's integrations delivers. Integrations
 * map to simulated channels by their Alertmanager config key; `send_resolved` is honoured per integration
 * with each integration's own default (notifier docs: true for webhook and PagerDuty, false for e-mail and Slack).
 */
import type { Notification, NotifiedAlert, Receiver } from '../dispatch';
import { toWebhookPayload } from '../dispatch';
import type { Channel, Delivery } from './types';

const INTEGRATIONS: readonly { key: keyof Receiver; channel: Channel; sendResolved: boolean; destination: (c: Record<string, unknown>, r: Receiver) => string }[] = [
  { key: 'slack_configs', channel: 'chat', sendResolved: false, destination: (c) => str(c.channel) ?? '#incident' },
  { key: 'email_configs', channel: 'email', sendResolved: false, destination: (c) => str(c.to) ?? 'oncall@example.invalid' },
  { key: 'pagerduty_configs', channel: 'pager', sendResolved: true, destination: (c, r) => str(c.service_key) ?? str(c.routing_key) ?? r.name },
  { key: 'webhook_configs', channel: 'webhook', sendResolved: true, destination: (c) => str(c.url) ?? 'http://webhook.invalid/' },
];

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * The deliveries of one notification, in the order the receiver lists its integrations. `nextId` numbers
 * them so a replay yields the same ids.
 */
export function deliveriesFor(n: Notification, receiver: Receiver, externalURL: string, nextId: () => string): Delivery[] {
  const out: Delivery[] = [];
  for (const integration of INTEGRATIONS) {
    const configs = receiver[integration.key];
    if (!Array.isArray(configs)) continue;
    for (const raw of configs) {
      const config = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const sendResolved = typeof config.send_resolved === 'boolean' ? config.send_resolved : integration.sendResolved;
      const alerts = sendResolved ? n.alerts : n.alerts.filter((a) => a.status === 'firing');
      if (alerts.length === 0) continue;
      const view: Notification = { ...n, alerts, status: alerts.some((a) => a.status === 'firing') ? 'firing' : 'resolved' };
      const delivery: Delivery = {
        id: nextId(),
        at: n.at,
        receiver: n.receiver,
        channel: integration.channel,
        destination: integration.destination(config, receiver),
        status: view.status,
        groupKey: n.groupKey,
        subject: defaultSubject(view),
        body: alerts.map(alertLine).join('\n'),
      };
      if (integration.channel === 'webhook') delivery.payload = toWebhookPayload(view, externalURL);
      out.push(delivery);
    }
  }
  return out;
}

/**
 * Alertmanager's default `__subject` template: `[FIRING:2] <group label values> (<other common label values>)`,
 * values in label-name order; the template's trailing space when no common labels remain is kept.
 */
export function defaultSubject(n: Pick<Notification, 'status' | 'alerts' | 'groupLabels' | 'commonLabels'>): string {
  const firing = n.alerts.filter((a) => a.status === 'firing').length;
  const status = n.status === 'firing' ? `FIRING:${firing}` : 'RESOLVED';
  const sortedValues = (labels: Record<string, string>) => Object.keys(labels).sort().map((k) => labels[k]!);
  const groupValues = sortedValues(n.groupLabels).join(' ');
  let extra = '';
  if (Object.keys(n.commonLabels).length > Object.keys(n.groupLabels).length) {
    const rest = Object.fromEntries(Object.entries(n.commonLabels).filter(([k]) => !(k in n.groupLabels)));
    extra = `(${sortedValues(rest).join(' ')})`;
  }
  return `[${status}] ${groupValues} ${extra}`;
}

function alertLine(a: NotifiedAlert): string {
  const text = a.annotations.summary ?? a.annotations.description ?? '';
  return `[${a.status.toUpperCase()}] ${a.labels.alertname ?? '(no alertname)'}${text ? ` — ${text}` : ''}`;
}
