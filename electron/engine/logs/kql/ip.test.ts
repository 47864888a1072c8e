import { describe, expect, it } from 'vitest';
import { ipMatcher, parseIp } from './ip';

describe('parseIp', () => {
  it('stores IPv4 IPv4-mapped, so both spellings are one address', () => {
    expect(parseIp('10.0.0.1')).toBe((0xffffn << 32n) | (10n << 24n) | 1n);
    expect(parseIp('::ffff:10.0.0.1')).toBe(parseIp('10.0.0.1'));
    expect(parseIp('::ffff:a00:1')).toBe(parseIp('10.0.0.1'));
  });

  it('reads IPv6 with and without ::', () => {
    expect(parseIp('::1')).toBe(1n);
    expect(parseIp('::')).toBe(0n);
    expect(parseIp('2001:db8::7')).toBe(parseIp('2001:0db8:0:0:0:0:0:0007'));
    expect(parseIp('2001:db8::7')).toBe((0x2001n << 112n) | (0xdb8n << 96n) | 7n);
  });

  it.each(['1.2.3', '256.1.1.1', '1.2.3.4.5', '1::2::3', 'abc', '', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '12345::', '10.0.0.-1'])('%j is not an address', (text) => {
    expect(parseIp(text)).toBeUndefined();
  });
});

describe('ipMatcher', () => {
  const matches = (pattern: string, ip: string) => ipMatcher(pattern)!(parseIp(ip)!);

  it('matches an exact address', () => {
    expect(matches('10.1.2.3', '10.1.2.3')).toBe(true);
    expect(matches('10.1.2.3', '10.1.2.4')).toBe(false);
  });

  it('matches IPv4 and IPv6 CIDR blocks', () => {
    expect(matches('10.0.0.0/8', '10.200.1.1')).toBe(true);
    expect(matches('10.0.0.0/8', '11.0.0.1')).toBe(false);
    expect(matches('192.168.4.0/22', '192.168.7.255')).toBe(true);
    expect(matches('192.168.4.0/22', '192.168.8.0')).toBe(false);
    expect(matches('0.0.0.0/0', '8.8.8.8')).toBe(true);
    expect(matches('0.0.0.0/0', '2001:db8::1')).toBe(false);
    expect(matches('2001:db8::/32', '2001:db8:ffff::1')).toBe(true);
    expect(matches('2001:db8::/32', '2001:db9::1')).toBe(false);
  });

  it.each(['10.0.0.0/33', '10.0.0.0/', '10.0.0.0/x', 'nope/8', '::/129'])('%j is neither address nor block', (text) => {
    expect(ipMatcher(text)).toBeUndefined();
  });
});
