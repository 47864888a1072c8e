import type { RequestName } from '../../contract';
import { requestSpecs } from '../../contract';
import type { HostContext } from '../handlers/context';
import { closeReplay } from './replay-control';
import { READ_ONLY } from './replay-session';

/**
 * The learner's own saved things (dashboard copies, saved searches) belong to whoever plays the live drill; a
 * replay shows someone's past attempt, so saving from it would file the change under the replayed learner.
 */
const SAVES: ReadonlySet<RequestName> = new Set<RequestName>(['dashboard.save', 'dashboard.reset', 'logs.saveSearch', 'logs.deleteSearch']);

/**
 * Lets a request through while a replay is open, or says why not. Learner actions (every request logged
 * 'always') and the clock would change the past; a terminal poll would drain output the replay re-derives.
 * Saves of the learner's own views are refused too. Starting a drill is the learner moving on: the replay closes (a page reloaded mid-replay is not stuck).
 */
export function admitDuringReplay(context: HostContext, name: RequestName): string | undefined {
  if (!context.replay) return undefined;
  if (requestSpecs[name].recorded === 'always' || name === 'drill.clock' || name === 'terminal.poll' || SAVES.has(name)) return READ_ONLY;
  if (name === 'drill.start') closeReplay(context);
  return undefined;
}
