import type { Api, RequestName, Result } from '../../electron/contract';
import { connectApi } from './client';

/** A request a test's fake back end received. */
export type FakeCall = { method: RequestName; input: unknown };
/** Answers per request name; a function sees the input. Unlisted requests fail as unknown. */
export type FakeAnswers = Partial<Record<RequestName, (input: unknown) => Result<unknown> | Promise<Result<unknown>>>>;

/**
 * A back end for renderer tests: records every request and answers from a table. `reset` empties the record,
 * replaces the table and connects the fake as the app's API (the same arrays and table stay in use, so a test
 * may hold on to `calls` and `answers`).
 */
export function createFakeApi(): { calls: FakeCall[]; answers: FakeAnswers; reset(answers: FakeAnswers): void } {
  const calls: FakeCall[] = [];
  const answers: FakeAnswers = {};
  const api: Api = {
    invoke: (async (method: RequestName, input: unknown) => {
      calls.push({ method, input });
      const answer = answers[method];
      return answer ? answer(input) : { ok: false, error: { code: 'unknown_request', message: `no ${method}` } };
    }) as Api['invoke'],
    on: () => () => undefined,
  };
  return {
    calls,
    answers,
    reset(next) {
      calls.length = 0;
      for (const key of Object.keys(answers) as RequestName[]) delete answers[key];
      Object.assign(answers, next);
      connectApi({ firedrill: api } as unknown as Window);
    },
  };
}
