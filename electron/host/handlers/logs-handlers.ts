import type { EcsEvent } from '../../contract';
import { err, ok } from '../../contract';
import { compileKql, parseKql } from '../../engine/logs/kql';
import type { HandlerMap } from './context';
import { noDrill } from './drill-handlers';

/** KQL over the drill's logs for the dashboards' logs panel (a linear scan; issue 8 brings the index). */
export const logsHandlers: HandlerMap = {
  'logs.query': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    const parsed = parseKql(input.query);
    if (!parsed.ok) {
      const { message, position } = parsed.error;
      return { ok: false, error: { code: 'bad_input', message, field: 'query', position: { start: position, end: position + 1 } } };
    }
    const matches = compileKql(parsed.ast);
    if (!input.auto) session.record('logs.query', { query: input.query, from: input.from, to: input.to });
    const nowMs = session.drill.sim.world.startUnixMs + session.drill.now;
    const from = input.from ?? -Infinity;
    const to = Math.min(input.to ?? nowMs, nowMs);
    if (from > to) return err('bad_input', 'from must not be after to', 'from');
    const events = session.drill.sim.logs.all();
    const hits: EcsEvent[] = [];
    let total = 0;
    // Newest first: the store appends in time order, so walk it backwards (every event: `total` counts them all).
    for (let i = events.length - 1; i >= 0; i--) {
      const event = events[i]!;
      const t = Date.parse(event['@timestamp']);
      if (t > to) continue;
      if (t < from) continue;
      if (!matches(event)) continue;
      total++;
      if (hits.length < input.limit) hits.push(event);
    }
    return ok({ total, hits });
  },
};
