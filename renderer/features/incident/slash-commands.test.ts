import { describe, expect, it } from 'vitest';
import { acceptCompletion, completeSlash, counterText, messageProblem, SLASH_COMMANDS } from './slash-commands';

describe('completeSlash', () => {
  it.each([
    ['/', ['/declare', '/sev', '/status', '/assign', '/update', '/resolve', '/note', '/help']],
    ['/s', ['/sev', '/status']],
    ['/ST', ['/status']],
    ['/re', ['/resolve']],
    ['/x', []],
    ['/sev ', []],
    ['/sev SEV2', []],
    ['hello /s', []],
    ['', []],
  ])('%j completes to %j', (text, names) => expect(completeSlash(text).map((c) => c.name)).toEqual(names));

  it('covers the commands the brief lists, once each', () => {
    const names = SLASH_COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['/declare', '/sev', '/status', '/assign', '/update', '/resolve', '/note', '/help']));
  });
});

describe('acceptCompletion', () => {
  it('leaves room for the arguments', () => expect(acceptCompletion(SLASH_COMMANDS.find((c) => c.name === '/declare')!)).toBe('/declare '));
  it('needs none after /help', () => expect(acceptCompletion(SLASH_COMMANDS.find((c) => c.name === '/help')!)).toBe('/help'));
});

describe('messageProblem', () => {
  it.each([
    ['', 'empty message'],
    [' \n\t', 'empty message'],
    ['x'.repeat(4001), 'longer than 4000 characters'],
    [` ${'x'.repeat(4000)} `, undefined],
    ['Priya, please check the database, report in 5m', undefined],
  ])('%j → %s', (text, problem) => expect(messageProblem(text)).toBe(problem));
});

describe('counterText', () => {
  it('stays hidden well under the limit', () => expect(counterText(3199)).toBeUndefined());
  it('appears near the limit', () => expect(counterText(3200)).toEqual({ text: '3200 / 4000', over: false }));
  it('says when the text is over', () => expect(counterText(4001)).toEqual({ text: '4001 / 4000', over: true }));
});
