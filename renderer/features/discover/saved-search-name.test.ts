import { describe, expect, it } from 'vitest';
import type { SavedSearch } from '../../../electron/contract';
import { checkSearchName } from './saved-search-name';

const saved: SavedSearch[] = [{ name: 'Checkout errors', query: 'log.level:error', columns: [], savedAt: '2026-03-13T10:00:00Z' }];

describe('checkSearchName', () => {
  it('accepts a new name, trimmed', () => {
    expect(checkSearchName('  Slow payments ', saved)).toEqual({ ok: true, name: 'Slow payments', replaces: false });
  });

  it('says when the name is taken, since saving would replace that search', () => {
    expect(checkSearchName('Checkout errors ', saved)).toEqual({ ok: true, name: 'Checkout errors', replaces: true });
  });

  it('treats names differing in case as different, as the back end does', () => {
    expect(checkSearchName('checkout errors', saved)).toEqual({ ok: true, name: 'checkout errors', replaces: false });
  });

  it('refuses a blank name', () => {
    expect(checkSearchName('   ', saved)).toEqual({ ok: false, reason: 'Enter a name for the search' });
  });

  it('refuses a name over 100 characters, counting after trimming', () => {
    expect(checkSearchName(` ${'x'.repeat(100)} `, saved)).toMatchObject({ ok: true });
    expect(checkSearchName('x'.repeat(101), saved)).toEqual({ ok: false, reason: 'The name is 101 characters long; use at most 100' });
  });
});
