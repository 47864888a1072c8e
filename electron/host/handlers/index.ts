import type { RequestName } from '../../contract';
import { actionHandlers } from './action-handlers';
import { alertingHandlers } from './alerting-handlers';
import type { HandlerMap, HandlerTable } from './context';
import { dashboardHandlers } from './dashboard-handlers';
import { debriefHandlers } from './debrief-handlers';
import { drillHandlers } from './drill-handlers';
import { gradingHandlers } from './grading-handlers';
import { incidentHandlers } from './incident-handlers';
import { instructorHandlers } from './instructor-handlers';
import { learnerHandlers } from './learner-handlers';
import { logsHandlers } from './logs-handlers';
import { postmortemHandlers } from './postmortem-handlers';
import { promqlHandlers } from './promql-handlers';
import { replayHandlers } from './replay-handlers';
import { scenarioHandlers } from './scenario-handlers';
import { settingsHandlers } from './settings-handlers';
import { targetsHandlers } from './targets-handlers';

/** Merges the feature maps into one table, refusing a request name handled twice or not at all. */
export function buildHandlerTable(maps: readonly HandlerMap[], names: readonly RequestName[]): HandlerTable {
  const table: HandlerMap = {};
  for (const map of maps) {
    for (const name of Object.keys(map) as RequestName[]) {
      if (table[name]) throw new Error(`request "${name}" has two handlers`);
      (table as Record<string, unknown>)[name] = map[name];
    }
  }
  const missing = names.filter((name) => !table[name]);
  if (missing.length > 0) throw new Error(`requests without a handler: ${missing.join(', ')}`);
  return table as HandlerTable;
}

export const FEATURE_HANDLERS: readonly HandlerMap[] = [scenarioHandlers, drillHandlers, actionHandlers, alertingHandlers, promqlHandlers, targetsHandlers, dashboardHandlers, logsHandlers, incidentHandlers, debriefHandlers, postmortemHandlers, replayHandlers, gradingHandlers, learnerHandlers, settingsHandlers, instructorHandlers];
export type { HostContext, Handler, HandlerMap, HandlerTable } from './context';
