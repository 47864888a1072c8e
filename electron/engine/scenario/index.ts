export { loadScenario, formatProblem, SCENARIO_FILE } from './load';
export type { Scenario, ScenarioProblem, LoadResult } from './load';
export { scenarioSchema, ANCHORS, ACTION_TYPES, ALERT_SIGNALS } from './schema';
export type { ScenarioDocument, AlertSpec, Criterion, Anchor, AlertSignal } from './schema';
export type { FaultSpec, FaultTrigger } from './fault-schema';
export type { WorldSpec, ServiceSpec, HostSpec, CallSpec, DatastoreSpec, CacheSpec, QueueSpec } from './world-schema';
export { offsetMs } from './common';
export { scenarioJsonSchema } from './json-schema';
