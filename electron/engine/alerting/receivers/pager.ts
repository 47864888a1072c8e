import type { Delivery, Page, PagerPolicy } from './types';

/**
 * A simulated pager with PagerDuty's behaviour: one page per dedup key (the group key) while it is open,
 * later triggers for the same key update it, a resolve closes it, and a page nobody acknowledged within
 * the escalation timeout is escalated to the secondary on-call.
 */
export class Pager {
  private readonly pages: Page[] = [];
  private nextId = 1;

  constructor(readonly policy: PagerPolicy) {}

  /** Applies a pager delivery; returns the page it opened, if it opened one. */
  receive(d: Delivery, alerts: Page['alerts']): Page | undefined {
    const open = this.pages.find((p) => p.groupKey === d.groupKey && p.state !== 'resolved');
    if (d.status === 'resolved') {
      if (open) Object.assign(open, { state: 'resolved', resolvedAt: d.at });
      return undefined;
    }
    if (open) {
      open.alerts = alerts;
      open.title = d.subject;
      return undefined;
    }
    const page: Page = { id: `page-${this.nextId++}`, groupKey: d.groupKey, receiver: d.receiver, title: d.subject, alerts, openedAt: d.at, state: 'triggered' };
    this.pages.push(page);
    return page;
  }

  /** Escalates every triggered page left unacknowledged past the timeout; returns those escalated now. */
  escalate(nowMs: number): Page[] {
    const escalated: Page[] = [];
    for (const p of this.pages) {
      if (p.state !== 'triggered' || nowMs - p.openedAt < this.policy.escalateAfterMs) continue;
      Object.assign(p, { state: 'escalated', escalatedAt: nowMs, escalatedTo: this.policy.secondary });
      escalated.push(p);
    }
    return escalated;
  }

  acknowledge(id: string, nowMs: number): { ok: true; page: Page } | { ok: false; reason: string } {
    const page = this.pages.find((p) => p.id === id);
    if (!page) return { ok: false, reason: `no page "${id}"` };
    if (page.state === 'acknowledged') return { ok: false, reason: `page ${id} is already acknowledged` };
    if (page.state === 'resolved') return { ok: false, reason: `page ${id} is already resolved` };
    Object.assign(page, { state: 'acknowledged', acknowledgedAt: nowMs });
    return { ok: true, page };
  }

  /** Open pages holding an alert of this name. */
  openWith(alertname: string): Page[] {
    return this.pages.filter((p) => p.state !== 'resolved' && p.state !== 'acknowledged' && p.alerts.some((a) => a.alertname === alertname));
  }

  list(): Page[] {
    return this.pages.map((p) => ({ ...p, alerts: p.alerts.map((a) => ({ ...a })) }));
  }
}
