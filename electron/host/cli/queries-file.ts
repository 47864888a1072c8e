import { readFileSync, writeFileSync } from 'node:fs';
import type { z } from 'zod';
import type { CliIo } from './io';

/**
 * The `--queries` file of the `eval` commands (`{"queries": [...]}`) checked against its schema; every
 * problem is printed as `file:path: reason` and the answer is undefined.
 */
export function readQueriesFile<T>(file: string, schema: z.ZodType<{ queries: T[] }>, io: CliIo): T[] | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data.queries;
    for (const issue of parsed.error.issues) io.err(`${file}:${issue.path.join('.')}: ${issue.message}`);
  } catch (error) {
    io.err(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return undefined;
}

export type EvalArgs = { data?: string; queries?: string; repeat?: number; out?: string };

/**
 * The shared shape of the `eval` commands: check the arguments, read the queries file, load the data, run each
 * query `repeat` times, and print `{"results":[…]}` one result a line (or write it to `--out`).
 */
export function runEvalCommand<Q, D, R>(
  args: EvalArgs,
  io: CliIo,
  command: { usage: string; schema: z.ZodType<{ queries: Q[] }>; load(path: string, io: CliIo): D | undefined; run(data: D, query: Q, repeat: number): R },
): number {
  if (args.data === undefined || args.queries === undefined) {
    io.err(`usage: ${command.usage}`);
    return 2;
  }
  const repeat = args.repeat ?? 1;
  if (repeat < 1) {
    io.err('--repeat: expected at least 1');
    return 2;
  }
  const queries = readQueriesFile(args.queries, command.schema, io);
  if (!queries) return 2;
  const data = command.load(args.data, io);
  if (data === undefined) return 2;
  const text = formatResults(queries.map((q) => command.run(data, q, repeat)));
  if (args.out === undefined) io.out(text.trimEnd());
  else writeFileSync(args.out, text);
  return 0;
}

/** `{"results":[…]}` with one result a line: diffable, and still one JSON document. */
export function formatResults(results: readonly unknown[]): string {
  return `{"results":[\n${results.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}
