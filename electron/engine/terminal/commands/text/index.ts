import type { Command } from '../../types';
import { awk } from './awk/awk';
import { cat, less, more } from './cat';
import { cut } from './cut';
import { date } from './date';
import { grep } from './grep';
import { head } from './head';
import { jq } from './jq/jq';
import { basename, dirname } from './path-names';
import { seq } from './seq';
import { sleep } from './sleep';
import { sort } from './sort';
import { tail } from './tail';
import { tee } from './tee';
import { tr } from './tr';
import { uniq } from './uniq';
import { wc } from './wc';

/** The text tools (coreutils, grep, awk, jq) that read files and pipes; xargs and man need the table (below). */
export const TEXT_COMMANDS: Command[] = [cat, less, more, head, tail, grep, wc, sort, uniq, awk, cut, tr, date, sleep, tee, seq, basename, dirname, jq].map(
  (command) => ({ ...command, exact: true }),
);

export { createMan } from './man-page';
export { createXargs } from './xargs';
