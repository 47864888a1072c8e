import type { PositionRange } from './ast';

/** A parse error with where it happened, so the editor can underline it (Prometheus's ParseErr). */
export class ParseError extends Error {
  override readonly name = 'ParseError';

  constructor(
    message: string,
    readonly positionRange: PositionRange,
    readonly query: string,
  ) {
    super(message);
  }

  /** `1:14: parse error: …` with a 1-based line and column, as Prometheus prints parse errors. */
  get display(): string {
    const before = this.query.slice(0, this.positionRange.start);
    const line = before.split('\n').length;
    const column = this.positionRange.start - before.lastIndexOf('\n');
    return `${line}:${column}: parse error: ${this.message}`;
  }
}
