import type { RequestName, RequestOutputs, Result, ValidInput } from '../../contract';
import type { ClockDriver } from '../drill/clock-driver';
import type { DrillSession, Emit } from '../drill/session';
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
  session?: DrillSession;
  driver?: ClockDriver;
};

export type Handler<K extends RequestName> = (context: HostContext, input: ValidInput<K>) => Result<RequestOutputs[K]>;

/** One feature's handlers, keyed by request name. */
export type HandlerMap = { [K in RequestName]?: Handler<K> };

export type HandlerTable = { [K in RequestName]: Handler<K> };
