export { evaluateAlerts, initialAlertStates, EVALUATION_INTERVAL_MS } from './threshold';
export type { AlertState, AlertStateName, AlertTransition } from './threshold';
