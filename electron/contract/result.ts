/** Why a request failed, named so the caller can point at the offending field. */
export type ErrorCode = 'unknown_request' | 'bad_input' | 'not_found' | 'no_drill' | 'conflict' | 'query_failed' | 'internal';

export type RequestError = {
  code: ErrorCode;
  message: string;
  field?: string;
  /** Where in the offending text the problem is (a query's parse error), so an editor can underline it. */
  position?: { start: number; end: number };
};

/** Every request answers with a value or an error; nothing throws across a process boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: RequestError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: ErrorCode, message: string, field?: string): Result<T> {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}
