import type { Notification } from './dispatcher';

export type WebhookAlert = {
  status: 'firing' | 'resolved';
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt: string;
  generatorURL: string;
  fingerprint: string;
};

export type WebhookPayload = {
  version: '4';
  groupKey: string;
  truncatedAlerts: number;
  status: 'firing' | 'resolved';
  receiver: string;
  groupLabels: Record<string, string>;
  commonLabels: Record<string, string>;
  commonAnnotations: Record<string, string>;
  externalURL: string;
  alerts: WebhookAlert[];
};

/** Go's time.Time JSON form (RFC3339Nano, trailing zeros trimmed); null is Go's zero time. */
export function goTime(ms: number | null): string {
  if (ms === null) return '0001-01-01T00:00:00Z';
  return new Date(ms).toISOString().replace(/\.?0+Z$/, 'Z');
}

/** The JSON body Alertmanager's webhook integration POSTs for a notification (max_alerts = 0: no truncation). */
export function toWebhookPayload(n: Notification, externalURL: string): WebhookPayload {
  return {
    version: '4',
    groupKey: n.groupKey,
    truncatedAlerts: 0,
    status: n.status,
    receiver: n.receiver,
    groupLabels: { ...n.groupLabels },
    commonLabels: { ...n.commonLabels },
    commonAnnotations: { ...n.commonAnnotations },
    externalURL,
    alerts: n.alerts.map((a) => ({
      status: a.status,
      labels: { ...a.labels },
      annotations: { ...a.annotations },
      startsAt: goTime(a.startsAtMs),
      endsAt: goTime(a.endsAtMs),
      generatorURL: a.generatorURL,
      fingerprint: a.fingerprint,
    })),
  };
}
