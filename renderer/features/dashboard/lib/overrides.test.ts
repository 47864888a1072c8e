import { describe, expect, it } from 'vitest';
import type { FieldConfig } from '../../../../electron/contract';
import { fieldConfigFor, overrideMatches } from './overrides';

const checkout = { name: 'checkout', refId: 'A' };
const payments = { name: 'payments', refId: 'B' };

describe('overrideMatches', () => {
  it.each([
    [{ id: 'byName', options: 'checkout' }, true, false],
    [{ id: 'byFrameRefID', options: 'B' }, false, true],
    [{ id: 'byNames', options: { mode: 'include', names: ['payments', 'search'] } }, false, true],
    [{ id: 'byRegexp', options: 'check.*' }, true, false],
    // Anchored, as Grafana matches: a regex must cover the whole name.
    [{ id: 'byRegexp', options: 'heck' }, false, false],
    [{ id: 'byRegexp', options: '(' }, false, false],
    // Slashes: a JavaScript regex as written, unanchored, with flags.
    [{ id: 'byRegexp', options: '/PAY/i' }, false, true],
    [{ id: 'byRegexp', options: '/out$/' }, true, false],
    [{ id: 'byType', options: 'number' }, false, false],
  ])('%j selects checkout: %s, payments: %s', (matcher, forCheckout, forPayments) => {
    expect(overrideMatches(matcher, checkout)).toBe(forCheckout);
    expect(overrideMatches(matcher, payments)).toBe(forPayments);
  });
});

describe('fieldConfigFor', () => {
  const config: FieldConfig = {
    defaults: { unit: 'percentunit', decimals: 1, custom: { lineWidth: 1, fillOpacity: 10 } },
    overrides: [
      {
        matcher: { id: 'byName', options: 'checkout' },
        properties: [
          { id: 'color', value: { mode: 'fixed', fixedColor: 'red' } },
          { id: 'displayName', value: 'Checkout (canary)' },
          { id: 'custom.lineWidth', value: 3 },
        ],
      },
      { matcher: { id: 'byRegexp', options: '.*' }, properties: [{ id: 'decimals', value: 3 }] },
    ],
  };

  it('applies matching overrides over the defaults, later ones winning, custom.* into custom', () => {
    expect(fieldConfigFor(config, checkout)).toEqual({
      unit: 'percentunit',
      decimals: 3,
      color: { mode: 'fixed', fixedColor: 'red' },
      displayName: 'Checkout (canary)',
      custom: { lineWidth: 3, fillOpacity: 10 },
    });
    expect(fieldConfigFor(config, payments)).toEqual({ unit: 'percentunit', decimals: 3, custom: { lineWidth: 1, fillOpacity: 10 } });
  });

  it('leaves the panel defaults untouched', () => {
    fieldConfigFor(config, checkout);
    expect(config.defaults).toEqual({ unit: 'percentunit', decimals: 1, custom: { lineWidth: 1, fillOpacity: 10 } });
  });

  it('is the defaults when there are no overrides', () => {
    expect(fieldConfigFor({ defaults: { unit: 's' }, overrides: [] }, checkout)).toEqual({ unit: 's' });
    expect(fieldConfigFor(undefined, checkout)).toEqual({});
  });
});
