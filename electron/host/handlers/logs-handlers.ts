import type { RequestError, Result } from '../../contract';
import { err, ok } from '../../contract';
import type { KqlSyntaxError } from '../../engine/logs/kql';
import { fieldOverTime, searchLogs, surrounding } from '../../engine/logs/search';
import type { AttemptSession } from '../drill/session';
import type { HandlerMap, HostContext } from './context';
import { noDrill } from './drill-handlers';

/**
 * The drill's logs as Kibana's Discover searches them: KQL over the indexed store, surrounding documents,
 * the field list and values for completion, a field counted over time, and the learner's saved searches.
 * A search the learner runs (not a panel refresh, live tail or scroll: `auto`) is a drill event.
 */
export const logsHandlers: HandlerMap = {
  'logs.query': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    const range = searchRange(session, input.from, input.to);
    if (!range.ok) return range;
    const { from, to, nowMs } = range.value;
    const found = searchLogs(session.drill.sim.logs, input.query, {
      from,
      to,
      nowMs,
      limit: input.limit,
      offset: input.offset,
      ...(input.histogram && { histogram: { buckets: input.buckets } }),
      ...(input.fields && { fields: { sample: input.sample } }),
      highlight: input.highlight,
    });
    if (!found.ok) return syntaxError(found.error);
    if (!input.auto && !session.drill.ended) session.record('logs.query', { query: input.query, from: input.from, to: input.to });
    return ok(found.result);
  },
  'logs.context': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    const found = surrounding(session.drill.sim.logs, input.id, input.before, input.after);
    if (!found) return err('not_found', `no log event with id ${input.id} (it may have aged out of the store)`, 'id');
    if (!input.auto && !session.drill.ended) session.record('logs.context', { id: input.id, message: found.anchor.event.message });
    return ok(found);
  },
  'logs.fields': (context) => {
    const session = context.session;
    if (!session) return noDrill();
    return ok(session.drill.sim.logs.fields());
  },
  'logs.values': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    return ok(session.drill.sim.logs.values(input.field, input.prefix, input.limit));
  },
  'logs.fieldOverTime': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    const range = searchRange(session, input.from, input.to);
    if (!range.ok) return range;
    const found = fieldOverTime(session.drill.sim.logs, input.query, { field: input.field, top: input.top, buckets: input.buckets, ...range.value });
    if (!found.ok) return syntaxError(found.error);
    if (!input.auto && !session.drill.ended) session.record('logs.fieldOverTime', { query: input.query, field: input.field, from: input.from, to: input.to });
    return ok(found.result);
  },
  'logs.savedSearches': (context) => {
    const session = context.session;
    if (!session) return noDrill();
    return ok(context.store.savedSearches.list(learnerId(context, session)));
  },
  'logs.saveSearch': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    const { name, query, columns, time } = input;
    return ok(context.store.savedSearches.save(learnerId(context, session), { name, query, columns, ...(time && { time }) }));
  },
  'logs.deleteSearch': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    return ok(context.store.savedSearches.remove(learnerId(context, session), input.name));
  },
};

/** [from, to] in unix ms: `to` defaults to, and never passes, the sim's now (the logs end there). */
function searchRange(session: AttemptSession, from: number | undefined, to: number | undefined): Result<{ from?: number; to: number; nowMs: number }> {
  const nowMs = session.drill.sim.world.startUnixMs + session.drill.now;
  const end = Math.min(to ?? nowMs, nowMs);
  if (from !== undefined && from > end) return err('bad_input', 'from must not be after to', 'from');
  return ok({ ...(from !== undefined && { from }), to: end, nowMs });
}

/** Kibana's syntax error, with the offset the query bar puts its caret at. */
function syntaxError({ message, position }: KqlSyntaxError): { ok: false; error: RequestError } {
  return { ok: false, error: { code: 'bad_input', message, field: 'query', position: { start: position, end: position + 1 } } };
}

function learnerId(context: HostContext, session: AttemptSession): number {
  return context.store.learners.ensure(session.learner);
}
