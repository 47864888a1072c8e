export { parseTestFile } from './test-file';
export type { AlertTestCase, ExpectedAlert, ExpectedSample, ExprTestCase, InputSeries, TestFile, TestFileProblem, TestFileResult, TestGroup } from './test-file';
export { goDuration, promtoolEngineOptions, runTestGroup } from './run';
export type { EvaluatorDeps, EvaluatorLike, RunOptions } from './run';
export { formatFloatE, labelsString } from './format';
