import { describe, expect, it } from 'vitest';
import { fieldValue } from './kql';
import { NdjsonReader, parseNdjson } from './ndjson';

describe('parseNdjson', () => {
  it('reads dotted and nested events alike, skipping blank lines', () => {
    const text = [
      '{"@timestamp":"2026-03-13T10:00:00Z","service.name":"checkout","message":"a"}',
      '',
      '   ',
      '{"@timestamp":"2026-03-13T10:00:01Z","service":{"name":"cart"},"message":"b"}\r',
    ].join('\n');
    const read = parseNdjson(text);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.events.map((e) => fieldValue(e, 'service.name'))).toEqual(['checkout', 'cart']);
  });

  it('sorts by @timestamp, keeping file order among equal times', () => {
    const read = parseNdjson(
      ['{"@timestamp":"2026-03-13T10:00:02Z","message":"late"}', '{"@timestamp":"2026-03-13T10:00:01Z","message":"first"}', '{"@timestamp":"2026-03-13T10:00:01.000Z","message":"second"}'].join('\n'),
    );
    if (!read.ok) throw new Error(read.error.message);
    expect(read.events.map((e) => e.message)).toEqual(['first', 'second', 'late']);
  });

  it.each([
    ['{"@timestamp":"2026-03-13T10:00:00Z"}\n{"@timestamp": oops}\n', 2, /^not valid JSON: /],
    ['\n\n[1, 2]\n', 3, /^expected a JSON object/],
    ['{"message":"no time"}', 1, /^missing @timestamp$/],
    ['{"@timestamp":"2026-03-13T10:00:00Z"}\n{"@timestamp":"soon"}', 2, /^@timestamp "soon" is not a date$/],
    ['{"@timestamp":1773396000000}', 1, /^@timestamp 1773396000000 is not a date$/],
  ])('reports the first bad line with its number: %j', (text, line, message) => {
    const read = parseNdjson(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.line).toBe(line);
      expect(read.error.message).toMatch(message);
    }
  });

  it('reads lines split across chunks', () => {
    const reader = new NdjsonReader();
    reader.push('{"@timestamp":"2026-03-13T10:00:00Z","mess');
    reader.push('age":"joined"}\n{"@timestamp":"2026-03-13T10:00:01Z","message":"last, no newline"}');
    const read = reader.end();
    if (!read.ok) throw new Error(read.error.message);
    expect(read.events.map((e) => e.message)).toEqual(['joined', 'last, no newline']);
  });
});
