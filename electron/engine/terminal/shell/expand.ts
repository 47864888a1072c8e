import type { Word } from './ast';

/** What expansion reads: variables, `$?`, the home directory for `~`, and a way to run `$(…)`. */
export type ExpansionScope = {
  vars: ReadonlyMap<string, string>;
  status: number;
  home: string;
  /** Runs a command substitution's source and returns its stdout. */
  substitute?(source: string): string;
};

/**
 * One field after expansion: its text, and the pathname pattern to match when it has an unquoted `*`, `?`
 * or `[` (quoted characters escaped with a backslash).
 */
export type Field = { text: string; glob?: string };

/** A parameter bash could not expand (`${a b}`), reported as `bash: ${a b}: bad substitution`. */
export class BadSubstitution extends Error {}

const GLOB_CHARS = /[*?[]/;
const escapeGlob = (text: string) => text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);

function param(name: string, scope: ExpansionScope): string {
  if (name === '?') return String(scope.status);
  if (name === '$') return '4242';
  if (name === '#') return '0';
  if (name === '0') return 'bash';
  if (name === '-') return 'himBHs';
  return scope.vars.get(name) ?? '';
}

/**
 * Expands one word into fields as bash does: parameters, `~` at the start, then splitting of unquoted
 * expansions on blanks. A word that expands to nothing unquoted yields no field at all.
 */
export function expandFields(word: Word, scope: ExpansionScope): Field[] {
  const fields: Field[] = [];
  let text = '';
  let pattern = '';
  let globbed = false;
  let has = false;
  const add = (piece: string, quoted: boolean) => {
    text += piece;
    pattern += quoted ? escapeGlob(piece) : piece;
    globbed = globbed || (!quoted && GLOB_CHARS.test(piece));
    has = has || quoted || piece !== '';
  };
  const split = () => {
    if (has) fields.push(globbed ? { text, glob: pattern } : { text });
    text = '';
    pattern = '';
    globbed = false;
    has = false;
  };
  word.parts.forEach((part, index) => {
    if (part.kind === 'text') {
      const tilde = index === 0 && !part.quoted && (part.text === '~' || part.text.startsWith('~/'));
      if (tilde) add(scope.home, true);
      add(tilde ? part.text.slice(1) : part.text, part.quoted);
      return;
    }
    if (part.kind === 'param' && part.bad) throw new BadSubstitution(`\${${part.name}}: bad substitution`);
    // A substitution's trailing newlines are dropped, as bash drops them.
    const value = part.kind === 'param' ? param(part.name, scope) : (scope.substitute?.(part.source) ?? '').replace(/\n+$/, '');
    if (part.quoted) add(value, true);
    else
      value.split(/[ \t\n]+/).forEach((piece, i) => {
        if (i > 0) split();
        add(piece, false);
      });
  });
  split();
  return fields;
}

/** The words a word expands to, before pathname expansion. */
export function expandWord(word: Word, scope: ExpansionScope): string[] {
  return expandFields(word, scope).map((f) => f.text);
}

/** Expands a redirection target, which must stay one word (`> $EMPTY` is an ambiguous redirect). */
export function expandTarget(word: Word, scope: ExpansionScope): string | undefined {
  const fields = expandWord(word, scope);
  return fields.length === 1 ? fields[0] : undefined;
}
