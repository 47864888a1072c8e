export { ShellSession } from './session';
export type { RunOutcome, ShellSessionOptions } from './session';
export { parse } from './parse';
export { lex } from './lexer';
export type { Token } from './lexer';
export type { AndOr, List, Pipeline, Redirect, SimpleCommand, SyntaxError, Word, WordPart } from './ast';
