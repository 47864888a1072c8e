import { describe, expect, it } from 'vitest';
import { MAX_SCROLL_PX, virtualWindow } from './virtual-window';

const base = { rowHeight: 30, viewport: 300, overscan: 0 };

describe('virtualWindow', () => {
  it('renders only the rows in view of a short list, unscaled', () => {
    // 1,000 rows × 30 px = 30,000 px: no scaling; scrolled 600 px → rows 20..29 fill the 300 px view.
    const w = virtualWindow({ ...base, total: 1000, scrollTop: 600 });
    expect(w).toEqual({ height: 30_000, first: 20, last: 30, top: 600 });
  });

  it('adds overscan on both sides, clamped to the list', () => {
    expect(virtualWindow({ ...base, total: 1000, scrollTop: 0, overscan: 5 })).toMatchObject({ first: 0, last: 15 });
    const end = virtualWindow({ ...base, total: 1000, scrollTop: 29_700, overscan: 5 });
    expect(end).toMatchObject({ first: 985, last: 1000 });
  });

  it('renders a partly visible row at both edges when scrolled mid-row', () => {
    // 615 px: row 20 half out at the top, row 30 half in at the bottom.
    const w = virtualWindow({ ...base, total: 1000, scrollTop: 615 });
    expect([w.first, w.last, w.top]).toEqual([20, 31, 600]);
  });

  it('caps the scroll space for a million rows and maps the scroll fraction onto the whole list', () => {
    const total = 1_000_000; // 30M px of rows
    const maxScroll = MAX_SCROLL_PX - 300;
    const realMax = total * 30 - 300;
    expect(virtualWindow({ ...base, total, scrollTop: 0 })).toMatchObject({ height: MAX_SCROLL_PX, first: 0, top: 0 });
    // The bottom of the scroll bar shows the last rows.
    const bottom = virtualWindow({ ...base, total, scrollTop: maxScroll });
    expect([bottom.first, bottom.last]).toEqual([total - 10, total]);
    // Halfway down the scroll bar is halfway down the list; the first row is drawn where it falls in view.
    const half = virtualWindow({ ...base, total, scrollTop: maxScroll / 2 });
    const realTop = realMax / 2;
    expect(half.first).toBe(Math.floor(realTop / 30));
    expect(half.top - maxScroll / 2).toBeCloseTo(half.first * 30 - realTop, 6);
    expect(half.top).toBeLessThanOrEqual(maxScroll / 2);
  });

  it('is empty for no rows and clamps a stale scroll position', () => {
    expect(virtualWindow({ ...base, total: 0, scrollTop: 500 })).toEqual({ height: 0, first: 0, last: 0, top: 0 });
    expect(virtualWindow({ ...base, total: 20, scrollTop: 5000 })).toMatchObject({ first: 10, last: 20, top: 300 });
  });
});
