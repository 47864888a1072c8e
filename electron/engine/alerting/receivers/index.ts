/** Simulated receivers: chat, e-mail, pager (with escalation) and a webhook outbox. */
export { defaultSubject, deliveriesFor } from './deliver';
export { Pager } from './pager';
export type { Channel, Delivery, Page, PagerPolicy, PageState } from './types';
