import { describe, expect, it } from 'vitest';
import type { EcsEvent } from '../../../electron/contract';
import { documentFields, filterValue, formatTimestamp, formatValue, summaryFields } from './doc-format';

const event = {
  '@timestamp': '2026-01-01T10:00:01.250Z',
  message: 'GET /cart 500',
  'log.level': 'error',
  'event.category': ['web'],
  'http.response.status_code': 500,
  labels: { zone: 'b', tier: 'edge' },
} as unknown as EcsEvent;

describe('doc format', () => {
  it('flattens nested objects into dotted names, sorted', () => {
    expect(documentFields(event).map((f) => f.name)).toEqual(['@timestamp', 'event.category', 'http.response.status_code', 'labels.tier', 'labels.zone', 'log.level', 'message']);
  });

  it('puts the message first in the summary and leaves the timestamp to its column', () => {
    expect(summaryFields(event).map((f) => f.name)).toEqual(['message', 'event.category', 'http.response.status_code', 'labels.tier', 'labels.zone', 'log.level']);
  });

  it('shows values as text and filters only on single values', () => {
    expect(formatValue(['web', 'api'])).toBe('web, api');
    expect(formatValue(500)).toBe('500');
    expect(formatValue(undefined)).toBe('—');
    expect(filterValue(['web'])).toBe('web');
    expect(filterValue(['web', 'api'])).toBeUndefined();
    expect(filterValue(500)).toBe('500');
  });

  it('writes a timestamp in sim time without the ISO separators', () => {
    expect(formatTimestamp('2026-01-01T10:00:01.250Z')).toBe('2026-01-01 10:00:01.250');
  });
});
