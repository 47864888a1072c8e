import { readFileSync } from 'node:fs';
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
