import type { AppState } from './store';

/** Read the store through these, so components re-render only for what they show. */
export const appSelectors = {
  scenarios: (s: AppState) => s.scenarios,
  scenarioProblems: (s: AppState) => s.scenarioProblems,
  view: (s: AppState) => s.view,
  speed: (s: AppState) => s.speed,
  score: (s: AppState) => s.score,
  error: (s: AppState) => s.error,
  alerts: (s: AppState) => s.view?.alerts,
  logs: (s: AppState) => s.view?.logs,
};
