import { describe, expect, it } from 'vitest';
import { disallowedFlag, parseArgs } from './flags';

describe('kubectl flag parsing', () => {
  it.each([
    ['get pods -n shop', ['get', 'pods'], { namespace: 'shop' }],
    ['get pods --namespace=shop -owide', ['get', 'pods'], { namespace: 'shop', output: 'wide' }],
    ['-n shop get pods', ['get', 'pods'], { namespace: 'shop' }],
    ['get pods -n=shop -l app=checkout', ['get', 'pods'], { namespace: 'shop', selector: 'app=checkout' }],
    ['logs x -fp --tail 5', ['logs', 'x'], { follow: 'true', previous: 'true', tail: '5' }],
    ['delete pod x --wait=false --force', ['delete', 'pod', 'x'], { wait: 'false', force: 'true' }],
    ['get -- -odd-name', ['get', '-odd-name'], {}],
  ])('%s', (line, positional, flags) => {
    const parsed = parseArgs(line.split(' '));
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(parsed.positional).toEqual(positional);
    expect(Object.fromEntries(parsed.flags)).toEqual(flags);
  });

  it.each([
    ['get pods --watchx', 'error: unknown flag: --watchx'],
    ['get pods -x', "error: unknown shorthand flag: 'x' in -x"],
    ['get pods -n', "error: flag needs an argument: 'n' in -n"],
    ['get pods --namespace', 'error: flag needs an argument: --namespace'],
    ['delete pod x --force=maybe', 'error: invalid argument "maybe" for "--force" flag: strconv.ParseBool: parsing "maybe": invalid syntax'],
  ])('%s → %s', (line, error) => {
    expect(parseArgs(line.split(' '))).toBe(error);
  });

  it('refuses a known flag the subcommand does not take, spelled as given', () => {
    const parsed = parseArgs(['top', 'pods', '--tail=3', '-f']);
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(disallowedFlag(parsed, ['all-namespaces'])).toBe('error: unknown flag: --tail');
    expect(disallowedFlag(parsed, ['tail'])).toBe("error: unknown shorthand flag: 'f' in -f");
    expect(disallowedFlag(parsed, ['tail', 'follow'])).toBeUndefined();
  });
});
