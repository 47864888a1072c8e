import type { Result } from '../../contract';
import { err, ok } from '../../contract';
import { buildTimeline } from '../../engine/drill';
import type { DrillEvent } from '../../engine/drill';
import type { PostmortemDocument, PostmortemSave } from '../../engine/postmortem';
import { asPostmortemDocument, postmortemMarkdown, postmortemTemplate, reviewPostmortem } from '../../engine/postmortem';
import { simMillis } from '../../engine/sim/clock';
import type { AttemptSession } from '../drill/session';
import type { HandlerMap } from './context';
import { noDrill } from './drill-handlers';

/** The event a save writes to the attempt's log; its payload is `{ document }`. */
const SAVE_EVENT = 'postmortem.save';

/** The attempt's last save, read back from its event log (the log is the only place a postmortem is kept). */
function lastSave(events: readonly DrillEvent[]): PostmortemSave | null {
  const event = events.findLast((e) => e.type === SAVE_EVENT);
  if (!event) return null;
  const payload = event.payload as { document?: unknown } | undefined;
  return { document: asPostmortemDocument(payload?.document), savedAt: simMillis(event.t), seq: event.seq };
}

/** A fresh postmortem: the template, its timeline taken from the living incident document as the learner left it. */
function template(session: AttemptSession, events: readonly DrillEvent[]): PostmortemDocument {
  const { drill, scenario } = session;
  const incident = drill.incident.snapshot();
  // The same timeline incident.timeline shows (incident-handlers.ts): the learner is "you" in the document.
  const entries = buildTimeline(events, drill.occurrences(), incident, { learner: 'you', team: scenario.doc.incident.team });
  const services = incident.services.length > 0 ? incident.services : scenario.doc.world.services.filter((s) => !s.external).map((s) => s.name);
  return postmortemTemplate(entries, drill.sim.world.startUnixMs, {
    title: incident.declared ? incident.title : '',
    services,
    ...(incident.severity === undefined ? {} : { severity: incident.severity }),
  });
}

const review = (session: AttemptSession, document: PostmortemDocument) => reviewPostmortem(document, session.scenario.doc.postmortem);

/** Runs a handler against the session, or answers that no drill is running. */
function withSession<T>(session: AttemptSession | undefined, run: (session: AttemptSession) => Result<T>): Result<T> {
  return session ? run(session) : noDrill();
}

export const postmortemHandlers: HandlerMap = {
  'postmortem.get': (context) =>
    withSession(context.session, (session) => {
      const events = session.events();
      const saved = lastSave(events);
      const document = saved ? saved.document : template(session, events);
      return ok({ document, saved, review: review(session, document), hasTruth: session.scenario.doc.postmortem !== undefined });
    }),

  'postmortem.review': (context, input) => withSession(context.session, (session) => ok(review(session, input.document))),

  // Accepted during and after the drill: writing the postmortem is what comes after the incident.
  'postmortem.save': (context, input) =>
    withSession(context.session, (session) => {
      const { document } = input;
      session.record(SAVE_EVENT, { document });
      const saved = lastSave(session.events())!;
      const score = session.score();
      // The ended drill's filed score was taken before this save: file it again so history shows the postmortem.
      if (session.drill.ended) context.store.scores.save(session.attemptId, score);
      return ok({ saved, review: review(session, document), score });
    }),

  'postmortem.export': (context) =>
    withSession(context.session, (session) => {
      const saved = lastSave(session.events());
      if (!saved) return err('not_found', 'no postmortem has been saved for this attempt yet: save it first, then export');
      const savedAt = new Date(session.drill.sim.world.startUnixMs + saved.savedAt).toISOString();
      const markdown = postmortemMarkdown(saved.document, review(session, saved.document), { scenarioTitle: session.scenario.doc.title, learner: session.learner, savedAt });
      return ok({ filename: `postmortem-${session.scenario.id}-${session.attemptId}.md`, markdown });
    }),
};
