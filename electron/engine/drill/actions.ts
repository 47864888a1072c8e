import type { SilenceMatcher } from '../alerting/dispatch';

/** Learner actions that change or end a drill; each is written to the event log before it takes effect. */
export type DrillAction =
  | { type: 'terminal.exec'; command: string }
  | { type: 'terminal.interrupt' }
  | { type: 'operation.run'; operation: string; target: string; params: Record<string, unknown> }
  | { type: 'alert.acknowledge'; alert: string }
  | { type: 'page.acknowledge'; page: string }
  | { type: 'silence.create'; matchers: SilenceMatcher[]; duration: string; createdBy: string; comment: string }
  | { type: 'silence.expire'; id: string }
  | { type: 'rules.add'; text: string }
  | { type: 'incident.resolve'; summary: string }
  | { type: 'drill.clock'; speed: number }
  | { type: 'drill.end' };

export type DrillActionType = DrillAction['type'];

/** An entry of the attempt's event log as the engine sees it: order, sim time, type and payload. */
export type DrillEvent = {
  seq: number;
  t: number;
  type: string;
  payload: unknown;
};

/** The text a rubric `match` is tested against, per action type. */
export function actionText(event: DrillEvent): string {
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  switch (event.type) {
    case 'terminal.exec':
      return String(payload.command ?? '');
    case 'operation.run':
      return `${String(payload.operation ?? '')} ${String(payload.target ?? '')}`;
    case 'alert.acknowledge':
      return String(payload.alert ?? '');
    case 'page.acknowledge':
      return String(payload.page ?? '');
    case 'silence.create':
      return `${JSON.stringify(payload.matchers ?? [])} ${String(payload.comment ?? '')}`;
    case 'silence.expire':
      return String(payload.id ?? '');
    case 'rules.add':
      return String(payload.text ?? '');
    case 'incident.resolve':
      return String(payload.summary ?? '');
    case 'promql.query':
    case 'promql.queryRange':
      return String(payload.expr ?? '');
    case 'logs.query':
      return String(payload.query ?? '');
    case 'logs.context':
      return String(payload.message ?? '');
    case 'logs.fieldOverTime':
      return `${String(payload.field ?? '')} ${String(payload.query ?? '')}`;
    case 'dashboard.open':
      return `${String(payload.uid ?? '')} ${String(payload.title ?? '')}`;
    default:
      return '';
  }
}
