import { describe, expect, it } from 'vitest';
import type { EcsEvent } from '../../sim/outputs/ecs';
import { highlight } from './highlight';
import { parseKql } from './parse';

// Offsets in the message: Checkout [0,8) failed [9,15) checkout [17,25) total [26,31) is [32,34) null [35,39).
const EVENT = {
  '@timestamp': '2026-03-13T10:02:30.250Z',
  message: 'Checkout failed: checkout total is null',
  'service.name': 'checkout',
  'event.type': ['error', 'checkout'],
  'http.response.status_code': 500,
  'client.ip': '10.1.2.3',
  items: [{ name: 'banana' }, { name: 'apple' }],
} as unknown as EcsEvent;

function marks(query: string) {
  const parsed = parseKql(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return highlight(parsed.ast, EVENT, { nowMs: Date.UTC(2026, 2, 13, 11) });
}

describe('highlight', () => {
  it.each<[string, Record<string, [number, number][]>]>([
    ['message:checkout', { message: [[0, 8], [17, 25]] }],
    ['message:CHECKOUT failed', { message: [[0, 8], [9, 15], [17, 25]] }],
    ['message:"checkout total"', { message: [[17, 31]] }],
    ['message:check*', { message: [[0, 8], [17, 25]] }],
    ['service.name:checkout', { 'service.name': [[0, 8]] }],
    ['service.name:check*', { 'service.name': [[0, 8]] }],
    ['checkout', { message: [[0, 8], [17, 25]], 'service.name': [[0, 8]], 'event.type[1]': [[0, 8]] }],
    ['event.type:error', { 'event.type[0]': [[0, 5]] }],
    ['service.name:checkout and not message:failed', { 'service.name': [[0, 8]] }],
    ['message:banana or service.name:checkout', { 'service.name': [[0, 8]] }],
    ['message:null and message:is', { message: [[32, 34], [35, 39]] }],
    ['message > t', { message: [[26, 31]] }],
    ['items:{ name:apple }', { 'items[1].name': [[0, 5]] }],
    ['items:{ name:apple and name:banana }', {}],
    ['items.name:banana', { 'items[0].name': [[0, 6]] }],
    // Matched by value, but not string fields: numbers, ips and dates get no marks.
    ['http.response.status_code:500', {}],
    ['client.ip:10.0.0.0/8', {}],
    ['@timestamp < now', {}],
    ['*', {}],
    ['message:*', {}],
  ])('%j', (query, expected) => {
    expect(marks(query)).toEqual(expected);
  });

  it('uses UTF-16 offsets past astral characters', () => {
    const event = { message: '🔥 fire 🔥 Fire' } as unknown as EcsEvent;
    const parsed = parseKql('message:fire');
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(highlight(parsed.ast, event)).toEqual({ message: [[3, 7], [11, 15]] });
  });
});
