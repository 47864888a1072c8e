import { describe, expect, it } from 'vitest';
import { Inhibitor } from './inhibit';
import { parseMatchers } from './matchers';

const rule = (src: string, tgt: string, equal: string[]) => ({ sourceMatchers: parseMatchers(src), targetMatchers: parseMatchers(tgt), equal });

describe('Inhibitor', () => {
  const ih = new Inhibitor([rule('severity="critical"', 'severity="warning"', ['cluster'])]);
  const crit = { labels: { alertname: 'NodeDown', severity: 'critical', cluster: 'eu' }, firing: true };

  it('mutes a target with equal `equal` labels while the source fires', () => {
    expect(ih.mutes({ alertname: 'Lat', severity: 'warning', cluster: 'eu' }, [crit])).toBe(true);
    expect(ih.mutes({ alertname: 'Lat', severity: 'warning', cluster: 'us' }, [crit])).toBe(false);
    expect(ih.mutes({ alertname: 'Lat', severity: 'warning', cluster: 'eu' }, [{ ...crit, firing: false }])).toBe(false);
    expect(ih.mutes({ alertname: 'Lat', severity: 'info', cluster: 'eu' }, [crit])).toBe(false);
  });

  it('a missing label equals an empty one', () => {
    const src = { labels: { severity: 'critical' }, firing: true };
    expect(ih.mutes({ severity: 'warning' }, [src])).toBe(true);
    expect(ih.mutes({ severity: 'warning', cluster: 'eu' }, [src])).toBe(false);
  });

  it('an alert matching both sides does not inhibit itself', () => {
    const both = new Inhibitor([rule('team="db"', 'team="db"', [])]);
    const a = { labels: { team: 'db', alertname: 'A' }, firing: true };
    const b = { labels: { team: 'db', alertname: 'B' }, firing: true };
    expect(both.mutes(a.labels, [a])).toBe(false);
    // Sources that also match the target side are disregarded for a two-sided target.
    expect(both.mutes(a.labels, [a, b])).toBe(false);
  });
});
