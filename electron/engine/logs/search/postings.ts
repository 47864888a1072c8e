/**
 * Postings: the ids of the events holding a value (or term), in increasing order because events are
 * appended in id order. A dictionary maps each value to its postings; a value held by one event only (a
 * trace id, say) keeps that id as a bare number, since most keyword dictionaries are mostly such values and a
 * typed array each would cost ten times the memory.
 */

/** A growable, sorted list of event ids. */
export class Postings {
  ids: Uint32Array;
  length = 0;

  constructor(...initial: number[]) {
    this.ids = new Uint32Array(Math.max(4, initial.length));
    this.ids.set(initial);
    this.length = initial.length;
  }

  push(id: number): void {
    if (this.length > 0 && this.ids[this.length - 1] === id) return; // an event holding the value twice (an array) counts once
    if (this.length === this.ids.length) {
      const grown = new Uint32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  /** Drops the ids below `id` (events gone to retention). */
  dropBelow(id: number): void {
    const first = firstAtLeast(this.ids, this.length, id);
    if (first === 0) return;
    this.ids.copyWithin(0, first, this.length);
    this.length -= first;
  }
}

/** What a dictionary holds per key: one id, or several. */
export type PostingsEntry = number | Postings;

/** The index of the first of `ids[0, length)` that is at least `id`. */
export function firstAtLeast(ids: Uint32Array, length: number, id: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many events an entry holds. */
export function entryCount(entry: PostingsEntry): number {
  return typeof entry === 'number' ? 1 : entry.length;
}

/** Calls `visit` with each id of the entry in [fromId, toId], in increasing order. */
export function forEachId(entry: PostingsEntry, fromId: number, toId: number, visit: (id: number) => void): void {
  if (typeof entry === 'number') {
    if (entry >= fromId && entry <= toId) visit(entry);
    return;
  }
  const { ids, length } = entry;
  for (let i = firstAtLeast(ids, length, fromId); i < length; i++) {
    const id = ids[i]!;
    if (id > toId) return;
    visit(id);
  }
}

/** Value → postings, with retention. */
export class PostingsDictionary {
  readonly entries = new Map<string, PostingsEntry>();

  add(key: string, id: number): void {
    const entry = this.entries.get(key);
    if (entry === undefined) this.entries.set(key, id);
    else if (typeof entry === 'number') {
      if (entry !== id) this.entries.set(key, new Postings(entry, id));
    } else entry.push(id);
  }

  get(key: string): PostingsEntry | undefined {
    return this.entries.get(key);
  }

  /** Forgets the ids below `id`, and the keys left with none. */
  dropBelow(id: number): void {
    for (const [key, entry] of this.entries) {
      if (typeof entry === 'number') {
        if (entry < id) this.entries.delete(key);
        continue;
      }
      entry.dropBelow(id);
      if (entry.length === 0) this.entries.delete(key);
    }
  }
}
