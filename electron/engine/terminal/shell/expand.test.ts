import { describe, expect, it } from 'vitest';
import { BadSubstitution, expandWord } from './expand';
import { parse } from './parse';

const scope = { vars: new Map([['X', 'one two'], ['E', ''], ['P', '/tmp'], ['S', '  a  ']]), status: 3, home: '/home/oncall' };

/** Every word of a one-command line, expanded. */
function fields(line: string): string[] {
  const result = parse(line);
  if (!result.ok) throw new Error(result.error.message);
  return result.list.items[0]!.first.commands[0]!.words.flatMap((w) => expandWord(w, scope));
}

describe('expandWord', () => {
  it.each([
    ['echo $X', ['echo', 'one', 'two']],
    ['echo "$X"', ['echo', 'one two']],
    ["echo '$X'", ['echo', '$X']],
    ['echo ${X}', ['echo', 'one', 'two']],
    ['echo pre${P}post', ['echo', 'pre/tmppost']],
    ['echo $?', ['echo', '3']],
    ['echo "$?"x', ['echo', '3x']],
    ['echo $E', ['echo']],
    ['echo "$E"', ['echo', '']],
    ['echo $UNSET end', ['echo', 'end']],
    ['echo a$S', ['echo', 'a', 'a']],
    ['echo $S$S', ['echo', 'a', 'a']],
    ['echo \\$X', ['echo', '$X']],
    ['echo $', ['echo', '$']],
    ['echo $/', ['echo', '$/']],
    ['echo "$"', ['echo', '$']],
    ['echo ~', ['echo', '/home/oncall']],
    ['echo ~/logs', ['echo', '/home/oncall/logs']],
    ['echo "~"', ['echo', '~']],
    ['echo a~', ['echo', 'a~']],
    ['echo ~root', ['echo', '~root']],
    ['echo $0 $#', ['echo', 'bash', '0']],
  ])('%j → %j', (line, expected) => expect(fields(line)).toEqual(expected));

  it('refuses a parameter that is not a name, as bash does', () => {
    expect(() => fields('echo ${a b}')).toThrow(new BadSubstitution('${a b}: bad substitution'));
  });
});
