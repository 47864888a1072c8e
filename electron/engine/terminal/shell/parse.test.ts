import { describe, expect, it } from 'vitest';
import type { List, SimpleCommand } from './ast';
import { parse } from './parse';

/** A compact rendering of a parsed list: `(cmd words | redirections)` joined by their operators. */
function render(list: List): string {
  const command = (c: SimpleCommand) => `(${[...c.words.map((w) => w.raw), ...c.redirects.map((r) => `${r.fd}${r.op}${r.target.raw}`)].join(' ')})`;
  return list.items
    .map((item) => [item.first, ...item.rest.map((r) => r.pipeline)].map((p, i) => `${i === 0 ? '' : `${item.rest[i - 1]!.op} `}${p.commands.map(command).join(' | ')}`).join(' '))
    .join(' ; ');
}

describe('parse', () => {
  it.each([
    ['echo hi', '(echo hi)'],
    ['', ''],
    ['   # only a comment', ''],
    ['echo a # comment', '(echo a)'],
    ['echo a#b', '(echo a#b)'],
    ['a | b | c', '(a) | (b) | (c)'],
    ['a && b || c', '(a) && (b) || (c)'],
    ['a; b && c; d', '(a) ; (b) && (c) ; (d)'],
    ['a | b && c | d', '(a) | (b) && (c) | (d)'],
    ['a &', '(a)'],
    ['a & b', '(a) ; (b)'],
    ['a\nb', '(a) ; (b)'],
    ['a;', '(a)'],
    ['echo x > f', '(echo x 1>f)'],
    ['echo x >> f', '(echo x 1>>f)'],
    ['echo x 2> f', '(echo x 2>f)'],
    ['echo x 2>&1', '(echo x 2>&1)'],
    ['echo x &> f', '(echo x 1&>f)'],
    ['echo x &>> f', '(echo x 1&>>f)'],
    ['echo x >f 2>&1', '(echo x 1>f 2>&1)'],
    ['wc -l < f', '(wc -l 0<f)'],
    ['cat <<< hi', '(cat 0<<<hi)'],
    ['a |& b', '(a 2>&1) | (b)'],
    ['echo 2>f', '(echo 2>f)'],
    ['echo a2>f', '(echo a2 1>f)'],
    ['echo "2">f', '(echo "2" 1>f)'],
    ['>f', '(1>f)'],
    ['echo "a | b" \'c && d\'', '(echo "a | b" \'c && d\')'],
    ['echo a\\|b', '(echo a\\|b)'],
  ])('%j → %s', (line, expected) => {
    const result = parse(line);
    expect(result.ok && render(result.list)).toBe(expected);
  });

  it.each([
    ['| a', "syntax error near unexpected token `|'", 0],
    ['a | | b', "syntax error near unexpected token `|'", 4],
    ['a ||| b', "syntax error near unexpected token `|'", 4],
    ['; a', "syntax error near unexpected token `;'", 0],
    ['a ;; b', "syntax error near unexpected token `;;'", 2],
    ['a; ; b', "syntax error near unexpected token `;'", 3],
    ['&& a', "syntax error near unexpected token `&&'", 0],
    ['a >', "syntax error near unexpected token `newline'", 3],
    ['a > | b', "syntax error near unexpected token `|'", 4],
    ['a > ; b', "syntax error near unexpected token `;'", 4],
    ['a 2>&', "syntax error near unexpected token `newline'", 5],
    ['a |', 'syntax error: unexpected end of file', 3],
    ['a &&', 'syntax error: unexpected end of file', 4],
    ['a (', "syntax error near unexpected token `('", 2],
    ['(a)', "syntax error near unexpected token `('", 0],
    ['echo "abc', 'unexpected EOF while looking for matching `"\'', 5],
    ["echo 'abc", "unexpected EOF while looking for matching `''", 5],
    ['echo ${HOME', "unexpected EOF while looking for matching `}'", 5],
  ])('%j is a syntax error: %s', (line, message, pos) => {
    expect(parse(line)).toEqual({ ok: false, error: { message, pos } });
  });

  it('keeps quoting in word parts, so expansion knows what it may split', () => {
    const result = parse(`a"$X"'$Y'$Z\\$W`);
    expect(result.ok && result.list.items[0]!.first.commands[0]!.words[0]!.parts).toEqual([
      { kind: 'text', text: 'a', quoted: false },
      { kind: 'text', text: '', quoted: true },
      { kind: 'param', name: 'X', quoted: true },
      { kind: 'text', text: '$Y', quoted: true },
      { kind: 'param', name: 'Z', quoted: false },
      { kind: 'text', text: '$', quoted: true },
      { kind: 'text', text: 'W', quoted: false },
    ]);
  });
});
