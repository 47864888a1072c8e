/**
 * Which rows of a long fixed-height list to put in the DOM for a scroll position. Browsers cap an element's
 * height (Chrome about 33.5M px, Firefox about 17.9M px), so past `MAX_SCROLL_PX` the scroll space is
 * scaled: the scroll bar's fraction maps onto the same fraction of the real list, and rows move by the
 * scale per pixel scrolled (about twice as fast for a million table rows), still continuously, never jumping.
 */

/** The tallest scroll space used: under every browser's element height limit. */
export const MAX_SCROLL_PX = 15_000_000;

export type WindowInput = { total: number; rowHeight: number; viewport: number; scrollTop: number; overscan: number };
/** Rows [first, last) to render; row `i` sits at `top + (i - first) × rowHeight` in the scroll space of `height`. */
export type VirtualWindow = { height: number; first: number; last: number; top: number };

export function virtualWindow({ total, rowHeight, viewport, scrollTop, overscan }: WindowInput): VirtualWindow {
  const real = total * rowHeight;
  const height = Math.min(real, MAX_SCROLL_PX);
  const maxScroll = Math.max(0, height - viewport);
  const scroll = Math.min(Math.max(0, scrollTop), maxScroll);
  // Where the viewport's top edge is in the real (unscaled) list.
  const realTop = maxScroll === 0 ? 0 : (scroll / maxScroll) * Math.max(0, real - viewport);
  const first = Math.max(0, Math.floor(realTop / rowHeight) - overscan);
  const last = Math.min(total, Math.ceil((realTop + viewport) / rowHeight) + overscan);
  return { height, first, last, top: scroll + (first * rowHeight - realTop) };
}
