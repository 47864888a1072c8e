import type { RequestName } from '../../contract';
import { isRequestName } from '../../contract';
import { parseDuration } from '../../engine/sim';

/** One entry of a headless play: a contract request sent at a sim time, exactly as the UI would send it. */
export type TimedRequest = { at: number; request: RequestName; input: unknown };

export type ActionsParse = { ok: true; actions: TimedRequest[] } | { ok: false; problems: string[] };

/**
 * Parses an actions file: a JSON array of `{"at": "4m30s" | <sim ms>, "request": name, "input": {…}}`
 * in time order. Problems name the entry and field (`[2].at: …`).
 */
export function parseActionsFile(text: string): ActionsParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`(file): not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!Array.isArray(data)) return { ok: false, problems: ['(file): must be a JSON array of timed requests'] };
  const problems: string[] = [];
  const actions: TimedRequest[] = [];
  data.forEach((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`[${i}]: must be an object with "at", "request" and "input"`);
      return;
    }
    const { at, request, input, ...rest } = entry as Record<string, unknown>;
    for (const key of Object.keys(rest)) problems.push(`[${i}].${key}: unknown field`);
    const time = typeof at === 'number' ? (Number.isInteger(at) && at >= 0 ? at : undefined) : typeof at === 'string' ? parseDuration(at) : undefined;
    if (time === undefined) problems.push(`[${i}].at: must be a duration such as "4m30s" or whole sim milliseconds`);
    if (typeof request !== 'string' || !isRequestName(request)) problems.push(`[${i}].request: unknown request ${JSON.stringify(request)}`);
    else if (request === 'drill.start') problems.push(`[${i}].request: drill.start is not allowed: the play starts the drill`);
    const previous = actions[actions.length - 1];
    if (time !== undefined && previous !== undefined && time < previous.at) problems.push(`[${i}].at: earlier than the entry before it`);
    if (time !== undefined && typeof request === 'string' && isRequestName(request)) actions.push({ at: time, request, input: input ?? {} });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, actions };
}
