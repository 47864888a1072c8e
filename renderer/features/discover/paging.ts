/**
 * The document table's rows come in pages fetched by offset: the first page with the search, the rest as
 * the table scrolls to them, each kept once fetched.
 */
import type { LogHit } from '../../../electron/contract';

/** Hits per request: large enough that a screenful rarely needs two, small enough to answer quickly. */
export const PAGE_SIZE = 200;

/** Fetched pages by index (page `p` holds rows `p × PAGE_SIZE` onwards). */
export type HitPages = Readonly<Record<number, readonly LogHit[]>>;

/** The hit shown in row `row`, or undefined while its page is not fetched. */
export function hitAt(pages: HitPages, row: number): LogHit | undefined {
  return pages[Math.floor(row / PAGE_SIZE)]?.[row % PAGE_SIZE];
}

/** The pages rows [first, last) need that are not fetched yet, within `total` rows. */
export function missingPages(first: number, last: number, total: number, pages: HitPages): number[] {
  const end = Math.min(last, total);
  if (end <= first) return [];
  const out: number[] = [];
  for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor((end - 1) / PAGE_SIZE); p++) {
    if (!pages[p]) out.push(p);
  }
  return out;
}
