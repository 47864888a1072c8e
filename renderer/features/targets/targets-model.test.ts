import { describe, expect, it } from 'vitest';
import type { ActiveTarget } from '../../../electron/contract';
import { formatAgo, formatScrapeDuration, groupTargets, matchesSearch } from './targets-model';

function target(pool: string, instance: string, health: ActiveTarget['health'], extra: Record<string, string> = {}): ActiveTarget {
  const scrapeUrl = `http://${instance}/metrics`;
  return {
    discoveredLabels: { __address__: instance, job: pool },
    labels: { instance, job: pool, ...extra },
    scrapePool: pool,
    scrapeUrl,
    globalUrl: scrapeUrl,
    lastError: '',
    lastScrape: '2026-03-13T10:00:00.000Z',
    lastScrapeDuration: 0.0123,
    health,
    scrapeInterval: '15s',
    scrapeTimeout: '10s',
  };
}

const TARGETS = [
  target('web', '10.0.0.2:8080', 'up', { pod: 'web-abc' }),
  target('node', '10.0.1.1:9100', 'up'),
  target('web', '10.0.0.3:8080', 'down', { pod: 'web-def' }),
  target('web', '10.0.0.4:8080', 'unknown', { pod: 'web-ghi' }),
];

describe('groupTargets', () => {
  it('groups by pool in name order and counts up targets over the whole pool', () => {
    const groups = groupTargets(TARGETS, { unhealthyOnly: false, search: '' });
    expect(groups.map((g) => [g.pool, g.up, g.total, g.targets.length])).toEqual([
      ['node', 1, 1, 1],
      ['web', 1, 3, 3],
    ]);
  });

  it('keeps down and never-scraped targets when showing unhealthy ones, and drops pools left empty', () => {
    const groups = groupTargets(TARGETS, { unhealthyOnly: true, search: '' });
    expect(groups.map((g) => g.pool)).toEqual(['web']);
    expect(groups[0]!.targets.map((t) => t.labels.pod)).toEqual(['web-def', 'web-ghi']);
    // The header still counts the whole pool.
    expect([groups[0]!.up, groups[0]!.total]).toEqual([1, 3]);
  });

  it('filters by search text over labels and the endpoint', () => {
    expect(groupTargets(TARGETS, { unhealthyOnly: false, search: 'POD="web-d' })[0]!.targets.map((t) => t.labels.pod)).toEqual(['web-def']);
    expect(groupTargets(TARGETS, { unhealthyOnly: false, search: ':9100/metrics' }).map((g) => g.pool)).toEqual(['node']);
    expect(groupTargets(TARGETS, { unhealthyOnly: false, search: 'nothing-like-this' })).toEqual([]);
  });
});

describe('matchesSearch', () => {
  it('matches everything for blank text, and label names as well as values', () => {
    expect(matchesSearch(TARGETS[0]!, '   ')).toBe(true);
    expect(matchesSearch(TARGETS[0]!, 'pod=')).toBe(true);
    expect(matchesSearch(TARGETS[1]!, 'pod=')).toBe(false);
  });
});

describe('formatAgo', () => {
  const at = Date.parse('2026-03-13T10:00:00.000Z');
  it('shows seconds with a tenth below a minute, then minutes and hours', () => {
    expect(formatAgo('2026-03-13T10:00:00.000Z', at + 4_230)).toBe('4.2s ago');
    expect(formatAgo('2026-03-13T10:00:00.000Z', at + 125_000)).toBe('2m 5s ago');
    expect(formatAgo('2026-03-13T10:00:00.000Z', at + 3 * 3_600_000 + 120_000)).toBe('3h 2m ago');
  });

  it('says never for a target not scraped yet, and never shows a negative age', () => {
    expect(formatAgo('0001-01-01T00:00:00Z', at)).toBe('never');
    expect(formatAgo('2026-03-13T10:00:00.000Z', at - 500)).toBe('0.0s ago');
  });
});

describe('formatScrapeDuration', () => {
  it('shows milliseconds below a second and seconds above', () => {
    expect(formatScrapeDuration(0.0123)).toBe('12.3ms');
    expect(formatScrapeDuration(0.0004)).toBe('0.4ms');
    expect(formatScrapeDuration(10)).toBe('10.000s');
  });
});
