import type { RequestName, Result } from '../../contract';
import { err, validateRequest } from '../../contract';
import type { Drill, DrillEvent } from '../../engine/drill';
import type { TimedRequest } from '../drill/actions-file';
// A cycle (handlers → debrief handlers → here → handlers) that is safe: the table is only built when a debrief is
// asked for, long after every handler module has loaded.
import { buildHandlerTable, FEATURE_HANDLERS } from '../handlers';
import type { Handler, HostContext, HandlerTable } from '../handlers';
import { openStore } from '../store';
import type { StoredScenario } from '../store';

export type ScriptRun = { drill: Drill; events: DrillEvent[]; warnings: string[] };

export type ScriptOptions = { seed: number; difficulty?: string; actions: readonly TimedRequest[] };

/**
 * Plays a script headless, as `playDrill` does, but synchronously (a handler cannot wait) and in a back end of its
 * own: a throwaway in-memory database holding only this scenario version, so nothing touches the learner's
 * attempts, events or scores. Requests go through the same validation and handlers the UI uses.
 */
export function playScript(stored: StoredScenario, options: ScriptOptions): ScriptRun | { error: string } {
  const store = openStore(':memory:');
  try {
    store.scenarios.save(stored);
    const context: HostContext = { store, imports: { imported: [], problems: [] }, emit: () => {}, live: false, defaultLearner: 'expert' };
    // No completeness check: a script only needs the handlers it calls, and one without a handler is a warning.
    const invoke = invoker(context, buildHandlerTable(FEATURE_HANDLERS, []));
    const start = invoke('drill.start', { scenario: stored.id, version: stored.version, seed: options.seed, difficulty: options.difficulty });
    if (!start.ok) return { error: start.error.message };
    const session = context.session!;
    const warnings: string[] = [];
    for (const [i, action] of options.actions.entries()) {
      if (!session.drill.ended) session.advanceTo(action.at);
      const result = invoke(action.request, action.input);
      if (!result.ok) warnings.push(`actions[${i}] ${action.request}: ${result.error.message}`);
    }
    if (!session.drill.ended) session.advanceTo(session.drill.endsAt);
    // The events are read before the database closes; the drill itself lives in memory.
    return { drill: session.drill, events: session.events(), warnings };
  } finally {
    store.close();
  }
}

/** The back end's validate-then-handle step (see createBackend), without its promise. */
function invoker(context: HostContext, table: HandlerTable) {
  return (method: string, input: unknown): Result<unknown> => {
    const valid = validateRequest(method, input);
    if (!valid.ok) return valid;
    const handler = table[valid.value.method] as Handler<RequestName> | undefined;
    if (!handler) return err('not_found', `${method} has no handler`);
    try {
      const result = handler(context, valid.value.input);
      // Only printing waits on another process, and a script has no business printing.
      if (result instanceof Promise) return err('conflict', `${method} waits on another process and cannot be played in a script`);
      return result;
    } catch (error) {
      return err('internal', `${method} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
