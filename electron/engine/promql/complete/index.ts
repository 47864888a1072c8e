/** The query editor's language support (pure): colouring, the error to underline, and completion. */
export { highlight } from './highlight';
export type { HighlightKind, HighlightToken } from './highlight';
export { diagnose } from './diagnose';
export type { Diagnostic } from './diagnose';
export { completionContext } from './context';
export type { CompletionContext } from './context';
export { matchScore, rankCompletions } from './rank';
export type { Completion, CompletionKind } from './rank';
export { AGGREGATION_COMPLETIONS, DURATION_COMPLETIONS, expressionCandidates, FUNCTION_COMPLETIONS, KEYWORD_COMPLETIONS, signatureText } from './candidates';
