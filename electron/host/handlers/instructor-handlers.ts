import { err, ok } from '../../contract';
import type { Result } from '../../contract';
import type { SpeedSetter } from '../../contract/events';
import type { InstructorStatus } from '../../contract/requests';
import { loggedClock } from '../drill/resume';
import type { ActionOutcome } from '../../engine/drill';
import { isUnlocked, unlock } from '../instructor/lock';
import { markInterventions } from '../instructor/interventions';
import { pinMatches, savePin, storedPin } from '../instructor/pin';
import { faultLibrary, instructorView } from '../instructor/view';
import { dashboardChoices, projectorState } from '../instructor/projection';
import type { HandlerMap, HostContext } from './context';
import { ended, noDrill } from './drill-handlers';

function status(context: HostContext): InstructorStatus {
  return { pinSet: storedPin(context.store.settings) !== undefined, unlocked: isUnlocked(context), drill: context.session !== undefined };
}

/** Why an instructor request is refused now (locked console, no drill, drill over), else undefined. */
function refusal(context: HostContext, { needsLive }: { needsLive: boolean }): Result<never> | undefined {
  if (!isUnlocked(context)) return err('conflict', 'the instructor console is locked: enter the instructor PIN');
  if (!context.session) return noDrill();
  if (needsLive && context.session.drill.ended) return ended();
  return undefined;
}

function narrow<T extends ActionOutcome['type']>(outcome: ActionOutcome, _type: T): Extract<ActionOutcome, { type: T }> {
  return outcome as Extract<ActionOutcome, { type: T }>;
}

/** The instructor console: PIN, the hidden-truth view and the interventions (each written to the attempt's log). */
export const instructorHandlers: HandlerMap = {
  'instructor.status': (context) => ok(status(context)),
  'instructor.setPin': (context, input) => {
    // The first PIN may be set by anyone at the machine; changing it needs the current one.
    if (storedPin(context.store.settings) !== undefined && !isUnlocked(context)) {
      return err('conflict', 'the instructor console is locked: unlock it with the current PIN to change it');
    }
    savePin(context.store.settings, input.pin);
    unlock(context);
    return ok(status(context));
  },
  'instructor.unlock': (context, input) => {
    const stored = storedPin(context.store.settings);
    if (!stored) return err('not_found', 'no instructor PIN is set yet: set one first', 'pin');
    if (!pinMatches(input.pin, stored)) return err('bad_input', 'wrong PIN', 'pin');
    unlock(context);
    return ok(status(context));
  },
  'instructor.view': (context) => {
    const refused = refusal(context, { needsLive: false });
    if (refused) return refused;
    return ok(instructorView(context.session!, currentClock(context).speed, projectorState(context), dashboardChoices(context), context.store));
  },
  'instructor.clock': (context, input) => {
    const refused = refusal(context, { needsLive: true });
    if (refused) return refused;
    const outcome = context.session!.act({ type: 'drill.clock', speed: input.speed, by: 'instructor' });
    context.driver?.setSpeed(input.speed, 'instructor');
    return ok(narrow(outcome, 'drill.clock'));
  },
  'instructor.inject': (context, input) => {
    const refused = refusal(context, { needsLive: true });
    if (refused) return refused;
    const session = context.session!;
    const known = session.drill.scenario.doc.incident.script.map((e) => e.id);
    if (!known.includes(input.message)) {
      return err('not_found', `the scenario's script has no message "${input.message}" (known: ${known.join(', ') || 'none'})`, 'message');
    }
    const outcome = narrow(session.act({ type: 'instructor.inject', message: input.message }), 'instructor.inject');
    announce(context);
    return ok(outcome);
  },
  'instructor.hint': (context) => {
    const refused = refusal(context, { needsLive: true });
    if (refused) return refused;
    const session = context.session!;
    const problem = session.drill.incidentProblem({ type: 'hint.request' });
    if (problem) return err('conflict', problem);
    const outcome = narrow(session.act({ type: 'instructor.hint' }), 'instructor.hint');
    announce(context);
    return ok(outcome);
  },
  'instructor.injectFault': (context, input) => {
    const refused = refusal(context, { needsLive: true });
    if (refused) return refused;
    const session = context.session!;
    const library = faultLibrary(session);
    const entry = library.find((f) => f.id === input.fault);
    if (!entry) return err('not_found', `the scenario's fault library has no fault "${input.fault}" (library: ${library.map((f) => f.id).join(', ') || 'empty'})`, 'fault');
    if (entry.state !== 'waiting') return err('conflict', `fault "${input.fault}" was already injected`, 'fault');
    const outcome = narrow(session.act({ type: 'instructor.injectFault', fault: input.fault }), 'instructor.injectFault');
    announce(context);
    return ok(outcome);
  },
  'instructor.project': (context, input) => {
    const refused = refusal(context, { needsLive: false });
    if (refused) return refused;
    if (input.dashboard !== null && !dashboardChoices(context).some((d) => d.uid === input.dashboard)) {
      return err('not_found', `no dashboard with uid "${input.dashboard}" in this drill`, 'dashboard');
    }
    context.projection = input.dashboard ?? undefined;
    return ok(projectorState(context));
  },
  'projector.state': (context) => ok(projectorState(context)),
  'instructor.end': (context) => {
    const refused = refusal(context, { needsLive: false });
    if (refused) return refused;
    const session = context.session!;
    if (!session.drill.ended) session.act({ type: 'drill.end', by: 'instructor' });
    context.driver?.stop();
    return ok(markInterventions(session.score(), session.events(), session.drill.sim.world.startUnixMs));
  },
};

/**
 * Tells every open page (the learner's, the projector) that the drill changed. Pages refresh on clock ticks, and a
 * paused clock does not tick: without this an injected message would wait for the instructor to resume.
 */
function announce(context: HostContext): void {
  const drill = context.session!.drill;
  const clock = currentClock(context);
  context.emit('clock.ticked', { now: drill.now, speed: clock.speed, speedBy: clock.by, ended: drill.ended });
}

/** The live clock's speed and who set it: the driver's, or for a headless drill the last logged clock change. */
function currentClock(context: HostContext): { speed: number; by: SpeedSetter } {
  if (context.driver) return { speed: context.driver.speed, by: context.driver.speedBy };
  return loggedClock(context.session!.events());
}
