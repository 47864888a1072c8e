import { describe, expect, it } from 'vitest';
import { parseKql } from './parse';
import { queryFields } from './query-fields';

function fields(query: string) {
  const parsed = parseKql(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return queryFields(parsed.ast);
}

describe('queryFields', () => {
  it('lists each named field once, nested names with their path, wildcards marked', () => {
    expect(fields('service.name:x and not (message:"a" or kube*:y) and items:{ name:z and stock > 1 } and free and service.name:w')).toEqual([
      { name: 'service.name', wildcard: false },
      { name: 'message', wildcard: false },
      { name: 'kube*', wildcard: true },
      { name: 'items.name', wildcard: false },
      { name: 'items.stock', wildcard: false },
    ]);
  });

  it('names no field for free text, the empty query or a lone `*`', () => {
    expect(fields('checkout or "order total"')).toEqual([]);
    expect(fields('')).toEqual([]);
    expect(fields('*:* or *:x')).toEqual([]);
    expect(fields('*.name:x')).toEqual([{ name: '*.name', wildcard: true }]);
  });

  it('follows nested queries inside nested queries', () => {
    expect(fields('orders:{ lines:{ sku:a1 } }')).toEqual([{ name: 'orders.lines.sku', wildcard: false }]);
  });
});
