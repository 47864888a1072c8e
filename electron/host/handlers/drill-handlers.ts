import { err, ok } from '../../contract';
import { ClockDriver } from '../drill/clock-driver';
import { DrillSession } from '../drill/session';
import { difficultyLevels, findDifficulty } from '../../engine/scenario';
import { findScenario } from '../scenarios/catalog';
import type { HandlerMap, HostContext } from './context';

export const drillHandlers: HandlerMap = {
  'drill.start': (context, input) => {
    const scenario = findScenario(context.store, input.scenario, input.version);
    if (!scenario) {
      return input.version === undefined
        ? err('not_found', `no scenario "${input.scenario}"`, 'scenario')
        : err('not_found', `scenario "${input.scenario}" has no version "${input.version}"`, 'version');
    }
    const level = findDifficulty(scenario.doc, input.difficulty);
    if (!level) {
      const known = difficultyLevels(scenario.doc).map((l) => l.id).join(', ');
      return err('bad_input', `scenario "${scenario.id}" has no difficulty level "${input.difficulty}" (levels: ${known})`, 'difficulty');
    }
    context.driver?.stop();
    const seed = input.seed ?? scenario.doc.seed;
    const learner = input.learner ?? context.defaultLearner;
    const attemptId = context.store.attempts.create(context.store.learners.ensure(learner), scenario.id, scenario.version, seed);
    const session = new DrillSession(context.store, scenario, seed, attemptId, context.emit, learner, { difficulty: level.id, ...(input.team ? { team: input.team } : {}) });
    context.session = session;
    context.driver = undefined;
    if (context.live) {
      context.driver = new ClockDriver(session, context.emit);
      context.driver.start();
    }
    return ok({ scenario: scenario.id, version: scenario.version, seed, title: scenario.doc.title, difficulty: level.id });
  },
  'drill.view': (context) => (context.session ? ok(context.session.drill.view()) : noDrill()),
  'drill.actAs': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    if (session.drill.ended) return ended();
    // Refused before anything is logged: a switch to nobody would attribute the next actions to no one.
    const team = session.drill.view().team;
    if (!team) return err('conflict', 'this is not a team drill: start one with a team to switch participants');
    const participant = team.participants.find((p) => p.name.toLowerCase() === input.participant.toLowerCase());
    if (!participant) return err('not_found', `no participant "${input.participant}" (the team: ${team.participants.map((p) => p.name).join(', ')})`, 'participant');
    const outcome = session.act({ type: 'team.switch', participant: participant.name });
    return ok(outcome as Extract<typeof outcome, { type: 'team.switch' }>);
  },
  'drill.clock': (context, input) => {
    const session = context.session;
    if (!session) return noDrill();
    if (session.drill.ended) return ended();
    const outcome = session.act({ type: 'drill.clock', speed: input.speed });
    context.driver?.setSpeed(input.speed, 'learner');
    return ok(outcome as Extract<typeof outcome, { type: 'drill.clock' }>);
  },
  'drill.end': (context) => {
    const session = context.session;
    if (!session) return noDrill();
    if (!session.drill.ended) session.act({ type: 'drill.end' });
    context.driver?.stop();
    return ok(session.score());
  },
  'score.get': (context) => (context.session ? ok(context.session.score()) : noDrill()),
};

export function noDrill() {
  return err('no_drill', 'no drill is running: start one with drill.start');
}

export function ended() {
  return err('conflict', 'the drill has ended');
}

/** The running drill's session, or undefined when there is none or it has ended. */
export function liveSession(context: HostContext) {
  const session = context.session;
  return session && !session.drill.ended ? session : undefined;
}
