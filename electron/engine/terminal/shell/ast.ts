/**
 * The shell's syntax tree, in POSIX grammar's names (simple command, pipeline, and-or list, list). Every
 * node carries the offset in the line where it starts, so an error can point at it.
 */

/**
 * A piece of a word: literal text, a parameter to expand (`$HOME`, `${PATH}`, `$?`), or a command whose
 * output replaces it (`$(hostname)`, `` `hostname` ``).
 */
export type WordPart =
  | { kind: 'text'; text: string; quoted: boolean }
  | { kind: 'param'; name: string; quoted: boolean; bad?: boolean }
  | { kind: 'command'; source: string; quoted: boolean };

/** A word as written: its parts before expansion and its source text. */
export type Word = { parts: WordPart[]; pos: number; raw: string };

export type RedirectOp = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<<';

/** `[fd]op target`: `> f`, `2>> f`, `2>&1`, `&> f`, `< f`. */
export type Redirect = { fd: number; op: RedirectOp; target: Word; pos: number };

export type SimpleCommand = { kind: 'SimpleCommand'; words: Word[]; redirects: Redirect[]; pos: number };

export type Pipeline = { kind: 'Pipeline'; commands: SimpleCommand[]; pos: number };

/** Pipelines joined by `&&` and `||`, which bind equally tightly and from the left. */
export type AndOr = { kind: 'AndOr'; first: Pipeline; rest: { op: '&&' | '||'; pipeline: Pipeline }[] };

/** And-or lists separated by `;`, `&` or newlines. */
export type List = { kind: 'List'; items: AndOr[] };

/** A syntax error worded as bash words it, at an offset in the line. */
export type SyntaxError = { message: string; pos: number };
