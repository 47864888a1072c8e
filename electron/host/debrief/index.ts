export { idealPath, clearIdealPaths, EXPERT_SCRIPT } from './ideal-path';
export type { IdealPath, IdealKey } from './ideal-path';
export { playScript } from './play-script';
export type { ScriptRun } from './play-script';
export { debriefedAttempt } from './attempt';
export type { DebriefedAttempt } from './attempt';
