import { describe, expect, it } from 'vitest';
import { baseName, isWithin, normalizePath, parentOf, resolvePath } from './path';

describe('paths', () => {
  it.each([
    ['/', '/'],
    ['//a//b/', '/a/b'],
    ['/a/./b/../c', '/a/c'],
    ['/../..', '/'],
  ])('normalizePath(%j) = %j', (path, expected) => expect(normalizePath(path)).toBe(expected));

  it.each([
    ['/home/oncall', 'notes', '/home/oncall/notes'],
    ['/home/oncall', '../..', '/'],
    ['/var/log', '/etc/hosts', '/etc/hosts'],
    ['/var/log', '.', '/var/log'],
  ])('resolvePath(%j, %j) = %j', (cwd, path, expected) => expect(resolvePath(cwd, path)).toBe(expected));

  it('splits and compares paths', () => {
    expect([parentOf('/a/b'), parentOf('/a'), parentOf('/')]).toEqual(['/a', '/', '/']);
    expect([baseName('/a/b'), baseName('/a/b/'), baseName('/')]).toEqual(['b', 'b', '/']);
    expect([isWithin('/a/b', '/a'), isWithin('/a', '/a'), isWithin('/ab', '/a'), isWithin('/x', '/')]).toEqual([true, true, false, true]);
  });
});
