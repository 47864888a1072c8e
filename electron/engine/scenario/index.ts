export { loadScenario, formatProblem, SCENARIO_FILE } from './load';
export type { Scenario, ScenarioProblem, LoadResult } from './load';
export { scenarioSchema, ANCHORS, ACTION_TYPES, ALERT_SIGNALS } from './schema';
export type { ScenarioDocument, ServiceSpec, FaultSpec, AlertSpec, Criterion, Anchor, AlertSignal } from './schema';
export { scenarioJsonSchema } from './json-schema';
