import { describe, expect, it } from 'vitest';
import { parseMatcher, parseMatchers } from './matchers';

const plain = (text: string) => parseMatchers(text).map((m) => [m.name, m.type, m.value]);

describe('parseMatchers', () => {
  it('reads the four operators, quoted and unquoted values', () => {
    expect(plain('foo="bar"')).toEqual([['foo', '=', 'bar']]);
    expect(plain('foo!=bar')).toEqual([['foo', '!=', 'bar']]);
    expect(plain('service=~"mysql|cassandra"')).toEqual([['service', '=~', 'mysql|cassandra']]);
    expect(plain('{a!~"x.*", b="c,d"}')).toEqual([['a', '!~', 'x.*'], ['b', '=', 'c,d']]);
    expect(plain('msg="say \\"hi\\""')).toEqual([['msg', '=', 'say "hi"']]);
  });

  it('anchors regexes', () => {
    const m = parseMatcher('service=~"mysql|cassandra"');
    expect(m.matches('mysql')).toBe(true);
    expect(m.matches('mysql-1')).toBe(false);
  });

  it('rejects malformed matchers', () => {
    expect(() => parseMatcher('foo')).toThrow(/bad matcher format/);
    expect(() => parseMatcher('foo="bar')).toThrow(/bad matcher format/);
    expect(() => parseMatcher('foo=~"("')).toThrow(/invalid regular expression/);
  });
});
