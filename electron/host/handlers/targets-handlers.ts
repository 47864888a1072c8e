import { ok } from '../../contract';
import type { HandlerMap } from './context';
import { noDrill } from './drill-handlers';

/** The Targets page's data: every scrape target of the running drill, as /api/v1/targets reports it now. */
export const targetsHandlers: HandlerMap = {
  'targets.list': (context) => (context.session ? ok(context.session.drill.sim.targetsStatus()) : noDrill()),
};
