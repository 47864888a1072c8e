import { err, ok } from '../../contract';
import type { ActionOutcome } from '../../engine/drill';
import { previewRules, runRuleLab } from '../../engine/alerting/lab';
import { resolveRunbook } from '../../engine/scenario/runbooks';
import { parseDuration } from '../../engine/sim/duration';
import { findScenario } from '../scenarios/catalog';
import type { HandlerMap } from './context';
import { liveSession, noDrill } from './drill-handlers';

function narrow<T extends ActionOutcome['type']>(outcome: ActionOutcome, _type: T): Extract<ActionOutcome, { type: T }> {
  return outcome as Extract<ActionOutcome, { type: T }>;
}

/** Pages, silences, learner rules, the rule preview, runbooks and the alert-rule lab. */
export const alertingHandlers: HandlerMap = {
  'page.acknowledge': (context, input) => {
    const session = liveSession(context);
    if (!session) return context.session ? err('conflict', 'the drill has ended') : noDrill();
    return ok(narrow(session.act({ type: 'page.acknowledge', page: input.page }), 'page.acknowledge'));
  },
  'silence.create': (context, input) => {
    const session = liveSession(context);
    if (!session) return context.session ? err('conflict', 'the drill has ended') : noDrill();
    const action = { type: 'silence.create', matchers: input.matchers, duration: input.duration, comment: input.comment, createdBy: input.createdBy ?? session.learner } as const;
    return ok(narrow(session.act(action), 'silence.create'));
  },
  'silence.expire': (context, input) => {
    const session = liveSession(context);
    if (!session) return context.session ? err('conflict', 'the drill has ended') : noDrill();
    return ok(narrow(session.act({ type: 'silence.expire', id: input.id }), 'silence.expire'));
  },
  'rules.add': (context, input) => {
    const session = liveSession(context);
    if (!session) return context.session ? err('conflict', 'the drill has ended') : noDrill();
    return ok(narrow(session.act({ type: 'rules.add', text: input.text }), 'rules.add'));
  },
  'rules.preview': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    session.record('rules.preview', { text: input.text, range: input.range });
    const sim = session.drill.sim;
    const toMs = sim.world.startUnixMs + session.drill.now;
    const fromMs = toMs - parseDuration(input.range)!;
    return ok(previewRules(input.text, { store: sim.store, epochMs: sim.world.startUnixMs, fromMs, toMs, intervalMs: sim.intervalMs }));
  },
  'runbook.get': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    const runbook = resolveRunbook(session.scenario.runbooks ?? {}, input.ref);
    if (!runbook) return err('not_found', `no runbook for "${input.ref}" in this scenario (runbooks/<name>.md)`, 'ref');
    session.record('runbook.get', { path: runbook.path });
    return ok(runbook);
  },
  'alerting.lab': (context, input) => {
    const scenario = findScenario(context.store, input.scenario, input.version);
    if (!scenario) return err('not_found', `no scenario "${input.scenario}"`, 'scenario');
    return ok(runRuleLab(scenario, input.seed ?? scenario.doc.seed, input.text, { withinMs: parseDuration(input.within)! }));
  },
};
