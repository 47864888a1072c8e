/**
 * Go's container/heap and sort.Sort, for the few places where Prometheus's result order (topk, bottomk,
 * sort) depends on them: ties come out as they do in Prometheus. `less(a, b)` is the heap's Less.
 */
export type Less<T> = (a: T, b: T) => boolean;

export function heapPush<T>(heap: T[], x: T, less: Less<T>): void {
  heap.push(x);
  up(heap, heap.length - 1, less);
}

/** Re-establishes the heap after heap[i] changed (heap.Fix). */
export function heapFix<T>(heap: T[], i: number, less: Less<T>): void {
  if (!down(heap, i, heap.length, less)) up(heap, i, less);
}

function up<T>(h: T[], j: number, less: Less<T>): void {
  for (;;) {
    const i = Math.trunc((j - 1) / 2);
    if (i === j || !less(h[j]!, h[i]!)) break;
    [h[i], h[j]] = [h[j]!, h[i]!];
    j = i;
  }
}

function down<T>(h: T[], i0: number, n: number, less: Less<T>): boolean {
  let i = i0;
  for (;;) {
    const j1 = 2 * i + 1;
    if (j1 >= n) break;
    let j = j1;
    const j2 = j1 + 1;
    if (j2 < n && less(h[j2]!, h[j1]!)) j = j2;
    if (!less(h[j]!, h[i]!)) break;
    [h[i], h[j]] = [h[j]!, h[i]!];
    i = j;
  }
  return i > i0;
}

/**
 * sort.Sort with this Less: Go sorts up to 12 elements by insertion sort (reproduced exactly here);
 * longer slices get a stable sort, which agrees with Go's except among equal elements.
 */
export function goSort<T>(items: T[], less: Less<T>): void {
  if (items.length <= 12) {
    for (let i = 1; i < items.length; i++) {
      for (let j = i; j > 0 && less(items[j]!, items[j - 1]!); j--) [items[j], items[j - 1]] = [items[j - 1]!, items[j]!];
    }
    return;
  }
  items.sort((a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0));
}

/** vectorByValueHeap.Less: NaN first, then ascending. */
export const byValue: Less<{ v: number }> = (a, b) => Number.isNaN(a.v) || a.v < b.v;

/** vectorByReverseValueHeap.Less: NaN first, then descending. */
export const byReverseValue: Less<{ v: number }> = (a, b) => Number.isNaN(a.v) || a.v > b.v;

/** sort.Reverse of a Less. */
export function reverse<T>(less: Less<T>): Less<T> {
  return (a, b) => less(b, a);
}
