/**
 * ECS events read from NDJSON (one JSON object a line, as `firedrill drill export --format ndjson` writes
 * and Elasticsearch's bulk tools read). Keys stay as written, dotted or nested: KQL reads both. Blank lines
 * are skipped. Every event needs an @timestamp string that parses as a date. Events come out sorted by
 * @timestamp, ties in file order, ready for a LogStore. Text arrives in chunks so a file larger than one
 * string can hold is read piecewise.
 */
import type { EcsEvent } from '../sim/outputs/ecs';

/** The first bad line, numbered from 1. */
export type NdjsonError = { line: number; message: string };
export type NdjsonResult = { ok: true; events: EcsEvent[] } | { ok: false; error: NdjsonError };

export class NdjsonReader {
  private rest = '';
  private line = 0;
  private readonly events: { event: EcsEvent; t: number }[] = [];
  private error: NdjsonError | undefined;

  /** Reads the complete lines of a chunk; a trailing partial line waits for the next chunk. */
  push(chunk: string): void {
    if (this.error) return;
    const text = this.rest + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n', start); nl >= 0; nl = text.indexOf('\n', start)) {
      this.readLine(text.slice(start, nl));
      if (this.error) return;
      start = nl + 1;
    }
    this.rest = text.slice(start);
  }

  /** The events in time order, or the first bad line. */
  end(): NdjsonResult {
    if (!this.error && this.rest !== '') this.readLine(this.rest);
    this.rest = '';
    if (this.error) return { ok: false, error: this.error };
    // Array sort is stable: equal times keep their file order.
    return { ok: true, events: this.events.sort((a, b) => a.t - b.t).map((e) => e.event) };
  }

  private readLine(raw: string): void {
    this.line++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.error = { line: this.line, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.error = { line: this.line, message: 'expected a JSON object (one event a line)' };
      return;
    }
    const stamp = (value as Record<string, unknown>)['@timestamp'];
    if (stamp === undefined) {
      this.error = { line: this.line, message: 'missing @timestamp' };
      return;
    }
    const t = typeof stamp === 'string' ? Date.parse(stamp) : NaN;
    if (Number.isNaN(t)) {
      this.error = { line: this.line, message: `@timestamp ${JSON.stringify(stamp)} is not a date` };
      return;
    }
    this.events.push({ event: value as EcsEvent, t });
  }
}

/** NDJSON text to events in time order, or the first bad line. */
export function parseNdjson(text: string): NdjsonResult {
  const reader = new NdjsonReader();
  reader.push(text);
  return reader.end();
}
