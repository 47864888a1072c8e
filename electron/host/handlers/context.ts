import type { RequestName, RequestOutputs, Result, ValidInput } from '../../contract';
import type { ClockDriver } from '../drill/clock-driver';
import type { AttemptSession, Emit } from '../drill/session';
import type { ReplayState } from '../replay/replay-control';
import type { ImportReport } from '../scenarios/catalog';
import type { Store } from '../store';

/** What handlers share: the store, the scenario import report, the live drill (if any) and the event emitter. */
export type HostContext = {
  store: Store;
  imports: ImportReport;
  emit: Emit;
  /** Live drills are driven by a wall-clock driver; headless plays move time themselves. */
  live: boolean;
  defaultLearner: string;
  /** The live drill; while a replay is open, the read-only replay session (the live one waits in `replay`). */
  session?: AttemptSession;
  driver?: ClockDriver;
  /** The open replay of a past attempt, if any: learner actions are refused while it is. */
  replay?: ReplayState;
  /** The uid of the dashboard the instructor put on the projector, if any (presentation only, never logged). */
  projection?: string;
};

export type Handler<K extends RequestName> = (context: HostContext, input: ValidInput<K>) => Result<RequestOutputs[K]>;

/** One feature's handlers, keyed by request name. */
export type HandlerMap = { [K in RequestName]?: Handler<K> };

export type HandlerTable = { [K in RequestName]: Handler<K> };
