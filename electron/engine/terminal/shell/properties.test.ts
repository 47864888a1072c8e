import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from './parse';
import { newTestSession, testSession } from './test-fixtures';

const MAX = 4096;

/** Pieces of shell syntax, so random lines reach the parser's and interpreter's corners, not just "unknown command". */
const PIECES = [
  'echo', 'ls', 'ls -la', 'cd', '..', '/tmp', '/var/log', '~', 'rm', '-rf', 'mkdir -p', 'touch', 'cat', 'upper', 'noisy', 'crash', 'ask',
  'stream 2', 'ssh node-a', 'ssh', 'exit', 'export', 'X=1', 'history', '|', '|&', '&&', '||', ';', ';;', '&', '>', '>>', '2>', '2>&1', '&>',
  '<', '<<<', '<<', '/dev/null', '"', "'", '\\', '$', '$X', '${X}', '${', '}', '$?', '!', '!!', '!1', '!-1', '#', '$(', '`', '$(hostname)', '\n', '\t', '(', ')', ' ', 'y', 'x',
];
const shellish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(' '));
const anyLine = fc.oneof(fc.string({ unit: 'binary', maxLength: MAX }), fc.string({ unit: fc.constantFrom(...'|&;<>()$`"\'\\!#{} \t\nax0-~/'), maxLength: 200 }), shellish);

/** POSIX single-quoting: wrap in '…' and write each ' as '\'' (close, escaped quote, reopen). */
const singleQuote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

describe('shell properties', () => {
  it('parses any line to a list or a syntax error, never throwing', () => {
    fc.assert(
      fc.property(anyLine, (line) => {
        const result = parse(line);
        if (!result.ok) expect(result.error.message).toMatch(/syntax error|unexpected EOF/);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers any sequence of lines with an exit code and stays usable', () => {
    const { context } = testSession();
    fc.assert(
      fc.property(fc.array(anyLine, { minLength: 1, maxLength: 6 }), (lines) => {
        const session = newTestSession();
        for (const line of lines) {
          const outcome = session.run(line, context);
          expect(Number.isInteger(outcome.exitCode) && outcome.exitCode >= 0 && outcome.exitCode <= 255).toBe(true);
          expect(typeof outcome.output).toBe('string');
          if (outcome.awaiting === 'confirm') session.run('n', context);
          if (session.poll(context).following) session.interrupt();
        }
        for (let i = 0; i < 3 && session.prompt().includes('@node-a'); i++) session.run('exit', context);
        expect(session.run('echo still-alive', context).output).toBe('still-alive');
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['deep substitutions', `echo ${'$('.repeat(2000)}x${')'.repeat(2000)}`],
    ['unclosed substitutions', '$('.repeat(2048)],
    ['pipes', 'echo |'.repeat(680)],
    ['a long pipeline', Array.from({ length: 800 }, () => 'upper').join('|')],
    ['quotes', '"\''.repeat(1365)],
    ['history', '!!'.repeat(2048)],
  ])('survives %s at the 4096-character cap', (_name, line) => {
    const { session, context } = testSession();
    const outcome = session.run(line.slice(0, MAX), context);
    expect(Number.isInteger(outcome.exitCode)).toBe(true);
    expect(session.run('echo ok', context).output.endsWith('ok')).toBe(true);
  });

  it('completes any line at any cursor without throwing', () => {
    const { session, context } = testSession();
    fc.assert(
      fc.property(anyLine, fc.nat(MAX), (line, cursor) => {
        const { from, candidates } = session.complete(line, cursor, context);
        expect(from).toBeGreaterThanOrEqual(0);
        expect(candidates).toEqual([...new Set(candidates)].sort());
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back any single-quoted word unchanged', () => {
    const { session, context } = testSession();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (word) => {
        expect(session.run(`cat <<< ${singleQuote(word)}`, context).output).toBe(word);
      }),
      { numRuns: 500 },
    );
  });
});
