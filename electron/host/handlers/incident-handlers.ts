import type { IncidentView, Result } from '../../contract';
import { err, ok } from '../../contract';
import { buildTimeline, interpretChat } from '../../engine/drill';
import type { IncidentAction, IncidentOutcome } from '../../engine/drill';
import { parseDuration } from '../../engine/sim/duration';
import { statusPageComponents } from '../../engine/drill/incident/components';
import type { AttemptSession } from '../drill/session';
import type { HandlerMap, HostContext } from './context';
import { ended, noDrill } from './drill-handlers';

/** Actions that still make sense after the drill has ended: the living document is the postmortem's raw material. */
const AFTER_END = new Set<IncidentAction['type']>(['incident.note', 'timeline.mark']);

/**
 * Checks an incident action against the room (a refused one is not logged: it changed nothing), then logs and
 * applies it. The room's reason comes back as a conflict the UI shows in place.
 */
function act(context: HostContext, action: IncidentAction, field?: string): Result<IncidentOutcome> {
  const session = context.session;
  if (!session) return noDrill();
  if (session.drill.ended && !AFTER_END.has(action.type)) return ended();
  const problem = session.drill.incidentProblem(action);
  if (problem !== undefined) return err('conflict', problem, field);
  return ok(session.act(action) as IncidentOutcome);
}

function incidentView(session: AttemptSession): IncidentView {
  const { scenario, drill } = session;
  const spec = scenario.doc.incident;
  const services = scenario.doc.world.services.filter((s) => !s.external).map((s) => s.name);
  const snapshot = drill.incident.snapshot();
  return {
    ...snapshot,
    learner: session.learner,
    team: spec.team,
    stakeholders: spec.stakeholders,
    cadenceMs: {
      SEV1: cadence(spec.cadence.SEV1),
      SEV2: cadence(spec.cadence.SEV2),
      SEV3: cadence(spec.cadence.SEV3),
      SEV4: cadence(spec.cadence.SEV4),
      SEV5: cadence(spec.cadence.SEV5),
    },
    initialReportWithinMs: parseDuration(spec.initial_report_within)!,
    components: statusPageComponents(spec, services),
    services,
  };
}

function cadence(text: string | null): number | null {
  return text === null ? null : parseDuration(text)!;
}

function timeline(session: AttemptSession) {
  return buildTimeline(session.events(), session.drill.occurrences(), session.drill.incident.snapshot(), { learner: 'you', team: session.scenario.doc.incident.team });
}

export const incidentHandlers: HandlerMap = {
  'incident.declare': (context, input) => act(context, { type: 'incident.declare', ...input, via: 'form' }),
  'incident.severity': (context, input) => act(context, { type: 'incident.severity', ...input, via: 'form' }, 'severity'),
  'incident.status': (context, input) => act(context, { type: 'incident.status', ...input, via: 'form' }, 'status'),
  'incident.assign': (context, input) => {
    const { reportIn, role, ...rest } = input;
    const quality = { namedPerson: true, namedTask: input.task !== '' || role !== undefined, namedTime: reportIn !== undefined };
    return act(
      context,
      { type: 'incident.assign', ...rest, ...(role === undefined ? {} : { role }), ...(reportIn === undefined ? {} : { reportIn }), via: 'form', quality },
      'teammate',
    );
  },
  'incident.update': (context, input) => act(context, { type: 'incident.update', ...input, via: 'form' }),
  'incident.resolve': (context, input) =>
    act(context, { type: 'incident.resolve', summary: input.summary, ...(input.update === undefined ? {} : { update: input.update }), via: 'form' }),
  'chat.post': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    const services = session.scenario.doc.world.services.filter((s) => !s.external).map((s) => s.name);
    const chat = { team: session.scenario.doc.incident.team, services, incident: session.drill.incident.snapshot() };
    const meant = interpretChat(input.text, input.channel, input.replyTo, chat);
    if (!meant.ok) return err('bad_input', meant.usage === undefined ? meant.reason : `${meant.reason}\n${meant.usage}`, 'text');
    return act(context, meant.action as IncidentAction, 'text');
  },
  'statuspage.update': (context, input) => act(context, { type: 'statuspage.update', ...input }, 'components'),
  'incident.note': (context, input) => act(context, { type: 'incident.note', text: input.text, ...(input.key === undefined ? {} : { key: input.key }) }),
  'timeline.mark': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    if (!timeline(session).some((entry) => entry.id === input.entry)) return err('not_found', `no timeline entry "${input.entry}"`, 'entry');
    return act(context, { type: 'timeline.mark', entry: input.entry, key: input.key });
  },
  'hint.request': (context) => act(context, { type: 'hint.request' }),
  'checklist.toggle': (context, input) => act(context, { type: 'checklist.toggle', ...input }, 'step'),
  'incident.view': (context) => (context.session ? ok(incidentView(context.session)) : noDrill()),
  'incident.timeline': (context) => (context.session ? ok(timeline(context.session)) : noDrill()),
};
