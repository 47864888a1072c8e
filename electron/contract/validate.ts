import type { RequestName, ValidInput } from './requests';
import { isRequestName, requestSpecs } from './requests';
import type { Result } from './result';
import { err, ok } from './result';

/** Validates a request where it enters the back end; the error names the offending field. */
export function validateRequest(method: string, input: unknown): Result<{ method: RequestName; input: ValidInput<RequestName> }> {
  if (!isRequestName(method)) return err('unknown_request', `unknown request "${method}"`);
  const parsed = requestSpecs[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.');
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : undefined;
    if (unknownKeys !== undefined) return err('bad_input', `${method}: unknown field ${unknownKeys}`, unknownKeys);
    return field === ''
      ? err('bad_input', `${method}: ${issue.message}`)
      : err('bad_input', `${method}: ${field}: ${issue.message}`, field);
  }
  return ok({ method, input: parsed.data as ValidInput<RequestName> });
}
