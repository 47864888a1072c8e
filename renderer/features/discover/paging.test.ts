import { describe, expect, it } from 'vitest';
import type { LogHit } from '../../../electron/contract';
import { hitAt, missingPages, PAGE_SIZE } from './paging';

const page = (p: number): LogHit[] =>
  Array.from({ length: PAGE_SIZE }, (_, i) => ({ id: 1_000_000 - (p * PAGE_SIZE + i), event: { message: `row ${p * PAGE_SIZE + i}` } as LogHit['event'] }));

describe('paging', () => {
  it('finds a row in its page', () => {
    const pages = { 0: page(0), 3: page(3) };
    expect(hitAt(pages, 5)?.event.message).toBe('row 5');
    expect(hitAt(pages, 3 * PAGE_SIZE + 7)?.event.message).toBe(`row ${3 * PAGE_SIZE + 7}`);
    expect(hitAt(pages, PAGE_SIZE)).toBeUndefined();
  });

  it('asks only for pages not fetched yet, and none past the total', () => {
    // Rows 150..450 span pages 0, 1 and 2; 0 is fetched.
    expect(missingPages(150, 450, 10_000, { 0: page(0) })).toEqual([1, 2]);
    expect(missingPages(150, 450, 10_000, { 0: page(0), 2: page(2) })).toEqual([1]);
    // Only 250 rows exist: page 2 would be empty.
    expect(missingPages(150, 450, 250, { 0: page(0) })).toEqual([1]);
    expect(missingPages(0, 0, 250, { 0: page(0) })).toEqual([]);
  });
});
