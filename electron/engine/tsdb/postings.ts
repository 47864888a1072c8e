import type { CompiledMatcher } from './matchers';
import type { Labels } from './store';

/**
 * The inverted index: label name → label value → series refs (ascending, since refs only grow).
 * Matchers that reject the empty value narrow the candidates through it; the rest filter them.
 */
export class PostingsIndex {
  private readonly index = new Map<string, Map<string, number[]>>();
  private count = 0;

  add(ref: number, labels: Labels): void {
    for (const [name, value] of Object.entries(labels)) {
      if (value === '') continue;
      let values = this.index.get(name);
      if (!values) this.index.set(name, (values = new Map()));
      const refs = values.get(value);
      if (refs) refs.push(ref);
      else values.set(value, [ref]);
    }
    this.count = Math.max(this.count, ref + 1);
  }

  /** Refs of the series with this label value. */
  get(name: string, value: string): readonly number[] {
    return this.index.get(name)?.get(value) ?? [];
  }

  /** Label names in use, sorted. */
  names(): string[] {
    return [...this.index.keys()].sort();
  }

  /** Values of one label in use, sorted. */
  values(name: string): string[] {
    return [...(this.index.get(name)?.keys() ?? [])].sort();
  }

  /**
   * Refs (ascending) of the series every matcher accepts. Matchers that accept the empty value cannot
   * use the index alone (a series without the label matches them), so they only filter; if every
   * matcher is of that kind, all series are candidates.
   */
  select(matchers: readonly CompiledMatcher[], labelsOf: (ref: number) => Labels): number[] {
    let candidates: number[] | undefined;
    for (const m of matchers) {
      if (m.matchesEmpty) continue;
      const refs = this.refsMatching(m);
      candidates = candidates === undefined ? refs : intersect(candidates, refs);
      if (candidates.length === 0) return candidates;
    }
    const pool = candidates ?? Array.from({ length: this.count }, (_, i) => i);
    const filters = candidates === undefined ? matchers : matchers.filter((m) => m.matchesEmpty);
    if (filters.length === 0) return pool;
    return pool.filter((ref) => {
      const labels = labelsOf(ref);
      return filters.every((m) => m.matches(labels[m.name] ?? ''));
    });
  }

  private refsMatching(m: CompiledMatcher): number[] {
    const values = this.index.get(m.name);
    if (!values) return [];
    if (m.type === '=') return [...(values.get(m.value) ?? [])];
    const lists: (readonly number[])[] = [];
    for (const [value, refs] of values) if (m.matches(value)) lists.push(refs);
    if (lists.length === 1) return [...lists[0]!];
    return lists.flat().sort((a, b) => a - b);
  }
}

function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      out.push(a[i]!);
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out;
}
