import type { Api, PushEventName, PushEvents, RequestName, RequestOutputs, Result } from '../contract';
import { err, requestSpecs, validateRequest } from '../contract';
import type { Emit } from './drill/session';
import type { PdfPrinter } from './grading/pdf';
import { buildHandlerTable, FEATURE_HANDLERS } from './handlers';
import { admitDuringReplay } from './replay';
import { SETTING_KEYS } from './store/settings-repo';
import type { Handler, HostContext } from './handlers';
import { importScenarios } from './scenarios/catalog';
import { openStore } from './store';

export type BackendOptions = {
  /** The SQLite database file (`:memory:` for throwaway runs). */
  dbPath: string;
  /** Scenario folders to validate and import at start (see `scenarioFoldersIn`). */
  scenarioFolders: readonly string[];
  /** Drive the sim clock from wall time (the app, the harness) or leave time to the caller (headless play). */
  live: boolean;
  learner?: string;
  wallTime?: () => string;
  /** How reports are printed to PDF: the desktop shell passes its own Chromium's; by default one found on the machine. */
  printPdf?: PdfPrinter;
};

type AnyListener = (event: PushEventName, payload: unknown) => void;

/** The back end every transport binds: one handler table behind a validated `invoke`, and pushed events. */
export type Backend = Api & {
  context: HostContext;
  /** Receives every pushed event (transports forward them all). */
  onAny(listener: AnyListener): () => void;
  close(): void;
};

export function createBackend(options: BackendOptions): Backend {
  const store = openStore(options.dbPath, options.wallTime);
  const listeners = new Set<AnyListener>();
  const emit: Emit = (event, payload) => {
    for (const listener of [...listeners]) listener(event, payload);
  };
  const context: HostContext = {
    store,
    imports: importScenarios(store, options.scenarioFolders),
    emit,
    live: options.live,
    defaultLearner: options.learner ?? store.settings.get<string>(SETTING_KEYS.currentLearner) ?? 'learner',
    ...(options.printPdf ? { printPdf: options.printPdf } : {}),
  };
  const table = buildHandlerTable(FEATURE_HANDLERS, Object.keys(requestSpecs) as RequestName[]);
  const handle = async (method: string, input: unknown): Promise<Result<unknown>> => {
    const valid = validateRequest(method, input);
    if (!valid.ok) return valid;
    const refusal = admitDuringReplay(context, valid.value.method);
    if (refusal !== undefined) return err('conflict', refusal);
    try {
      return await (table[valid.value.method] as Handler<RequestName>)(context, valid.value.input);
    } catch (error) {
      return err('internal', `${method} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return {
    context,
    invoke: async <K extends RequestName>(method: K, input: unknown) => (await handle(method, input)) as Result<RequestOutputs[K]>,
    on<E extends PushEventName>(event: E, handler: (payload: PushEvents[E]) => void) {
      const listener: AnyListener = (name, payload) => {
        if (name === event) handler(payload as PushEvents[E]);
      };
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onAny(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      context.driver?.stop();
      listeners.clear();
      store.close();
    },
  };
}
