import type { RequestName, RequestOutputs, Result, ValidInput } from '../../contract';
import type { ClockDriver } from '../drill/clock-driver';
import type { AttemptSession, Emit } from '../drill/session';
import type { ReplayState } from '../replay/replay-control';
import type { ImportReport } from '../scenarios/catalog';
import type { Store } from '../store';
import type { PdfPrinter } from '../grading/pdf';

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
  /** Prints a report's HTML to PDF: the desktop shell's own Chromium, else (unset) a Chromium found on the machine. */
  printPdf?: PdfPrinter;
};

/**
 * A request's handler. Almost all answer at once; one that waits on another process (printing a PDF) answers with
 * a promise, and the drill is never touched after such a wait.
 */
export type Handler<K extends RequestName> = (context: HostContext, input: ValidInput<K>) => Result<RequestOutputs[K]> | Promise<Result<RequestOutputs[K]>>;

/** One feature's handlers, keyed by request name. */
export type HandlerMap = { [K in RequestName]?: Handler<K> };

export type HandlerTable = { [K in RequestName]: Handler<K> };
