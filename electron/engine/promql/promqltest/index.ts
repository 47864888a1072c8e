export { parseScript } from './script';
export type { Command, EvalCommand, ExpectedFailure, ExpectedSeries, LoadCommand } from './script';
export { runScript } from './runner';
export type { EngineUnderTest, EvalOutcome, RunOptions, ScriptReport } from './runner';
export { firedrillEngine, UPSTREAM_TEST_OPTIONS } from './engine';
export { skipReason } from './classify';
