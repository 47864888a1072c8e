import type { HeadlessArgs } from './headless';
import { playHeadless } from './headless';
import type { CliIo } from './io';

export type PlayArgs = HeadlessArgs;

/** `drill play`: plays headless and prints the score JSON; the database is a fresh temporary file unless --db is given. */
export async function playCommand(args: PlayArgs, io: CliIo): Promise<number> {
  return playHeadless(args, io, (result) => {
    io.out(JSON.stringify(result.score, null, 2));
    return 0;
  });
}
