import type { CliIo } from './io';
import { main } from './main';

/** Runs the CLI in-process for a test, capturing what it prints and its exit code. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const code = await main(argv, io);
  return { code, out, err };
}
