import { err, ok } from '../../contract';
import type { LearnerList } from '../../contract/requests';
import { resumeAttempt } from '../drill/resume';
import { closeReplay } from '../replay/replay-control';
import { SETTING_KEYS } from '../store/settings-repo';
import type { HandlerMap, HostContext } from './context';

/** Who new drills are played as when no profile is selected (and after the selected one is deleted). */
export const FALLBACK_LEARNER = 'learner';

function learnerList(context: HostContext): LearnerList {
  const learners = context.store.learners.list().map(({ name, studentId, createdAt, attempts }) => ({ name, studentId, createdAt, attempts }));
  return { learners, current: context.defaultLearner };
}

function selectLearner(context: HostContext, name: string): void {
  context.defaultLearner = name;
  context.store.settings.set(SETTING_KEYS.currentLearner, name);
}

/** The drill being played (put aside while a replay is open), when it is still running. */
function runningDrill(context: HostContext) {
  const live = context.replay ? context.replay.live : context.session;
  return live && !live.drill.ended ? live : undefined;
}

/** Learner profiles: list, create, choose who plays, delete with everything that is theirs; and resuming an attempt. */
export const learnerHandlers: HandlerMap = {
  'learner.list': (context) => ok(learnerList(context)),
  'learner.create': (context, input) => {
    const taken = context.store.learners.list().find((l) => l.name.toLowerCase() === input.name.toLowerCase());
    if (taken) return err('conflict', `a learner named "${taken.name}" already exists: choose another name`, 'name');
    const studentId = input.studentId === undefined || input.studentId === '' ? null : input.studentId;
    context.store.learners.create(input.name, studentId);
    return ok(learnerList(context).learners.find((l) => l.name === input.name)!);
  },
  'learner.select': (context, input) => {
    if (!context.store.learners.exists(input.name)) return err('not_found', `no learner named "${input.name}": create them first`, 'name');
    selectLearner(context, input.name);
    return ok(learnerList(context));
  },
  'learner.delete': (context, input) => {
    if (!context.store.learners.exists(input.name)) return err('not_found', `no learner named "${input.name}"`, 'name');
    if (input.confirm !== input.name) return err('bad_input', `to delete "${input.name}" and all their attempts, type their name exactly`, 'confirm');
    if (runningDrill(context)?.learner === input.name) {
      return err('conflict', `"${input.name}" is playing a drill right now: end it before deleting them`, 'name');
    }
    // A replay of one of their attempts would show data that no longer exists.
    if (context.replay?.session.learner === input.name) closeReplay(context);
    // Their ended drill, still open for its score and postmortem, goes too: it would write to a deleted attempt.
    if (context.session?.learner === input.name) {
      context.driver?.stop();
      context.session = undefined;
      context.driver = undefined;
    }
    if (context.replay?.live?.learner === input.name) context.replay.live = undefined;
    const removed = context.store.learners.remove(input.name)!;
    if (context.defaultLearner === input.name) {
      selectLearner(context, context.store.learners.list()[0]?.name ?? FALLBACK_LEARNER);
    }
    return ok({ name: input.name, ...removed, current: context.defaultLearner });
  },
  'attempt.resume': (context, input) => resumeAttempt(context, input.attempt),
};
