/** What the simulated receivers deliver: chat messages, e-mails, pages and webhook posts. Times are unix ms. */
import type { WebhookPayload } from '../dispatch';

/** Receiver integrations map to simulated channels: slack → chat, email → inbox, pagerduty → pager, webhook → outbox. */
export type Channel = 'chat' | 'email' | 'pager' | 'webhook';

/** A notification as one receiver integration delivered it. */
export type Delivery = {
  id: string;
  at: number;
  receiver: string;
  channel: Channel;
  /** The chat channel, e-mail address, pager service or webhook URL from the receiver's config. */
  destination: string;
  status: 'firing' | 'resolved';
  groupKey: string;
  /** Alertmanager's default title: `[FIRING:2] HighErrorRate checkout (page)`. */
  subject: string;
  /** One line per alert: its status, alertname and summary (or description). */
  body: string;
  /** Webhook deliveries: the exact JSON body Alertmanager would POST. */
  payload?: WebhookPayload;
};

export type PageState = 'triggered' | 'acknowledged' | 'escalated' | 'resolved';

/** A page on the pager: one per aggregation group (PagerDuty dedups on the group key) until it resolves. */
export type Page = {
  id: string;
  groupKey: string;
  receiver: string;
  title: string;
  alerts: { alertname: string; summary: string; fingerprint: string }[];
  openedAt: number;
  state: PageState;
  acknowledgedAt?: number;
  escalatedAt?: number;
  /** Who was paged after escalation (the secondary on-call). */
  escalatedTo?: string;
  resolvedAt?: number;
};

export type PagerPolicy = { primary: string; secondary: string; escalateAfterMs: number };

