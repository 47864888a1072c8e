import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../../types';
import { parseArgv } from '../../net/argv';
import { connect } from './connect';
import type { PrintMode } from './pg-format';
import { formatResult } from './pg-format';
import { splitTop } from './sql-expr';
import { runStatement } from './statements';

const OPTIONS = {
  switches: 'tAxqXwW',
  valued: 'hpUdcf',
  long: { host: 'h', port: 'p', username: 'U', dbname: 'd', command: 'c', file: 'f', 'tuples-only': 't', 'no-align': 'A', expanded: 'x', quiet: 'q', 'no-psqlrc': 'X', 'no-password': 'w', password: 'W' },
};

/** psql's report of a failed statement: the message, then the statement with a caret under the position. */
function errorText(sql: string, message: string, at: number | undefined): string {
  if (at === undefined || at < 0) return `ERROR:  ${message}\n`;
  const lines = sql.split('\n');
  let offset = at;
  let n = 0;
  while (n < lines.length - 1 && offset > lines[n]!.length) offset -= lines[n++]!.length + 1;
  const prefix = `LINE ${n + 1}: `;
  return `ERROR:  ${message}\n${prefix}${lines[n]}\n${' '.repeat(prefix.length + offset)}^\n`;
}

function run(inv: CommandInvocation, context: CommandContext): CommandResult {
  const parsed = parseArgv(inv.args, OPTIONS);
  if (typeof parsed === 'string') return { stdout: '', stderr: `psql: ${parsed}\npsql: hint: Try "psql --help" for more information.\n`, exitCode: 1 };
  const o = parsed.options;
  const [dbArg, userArg] = parsed.operands;
  const env = (k: string) => inv.env.get(k);
  const host = o.get('h') ?? env('PGHOST');
  const session = connect(context.world, {
    ...(host !== undefined ? { host } : {}),
    port: o.get('p') ?? env('PGPORT') ?? '5432',
    user: o.get('U') ?? userArg ?? env('PGUSER') ?? inv.user,
    ...((o.get('d') ?? dbArg ?? env('PGDATABASE')) !== undefined ? { database: (o.get('d') ?? dbArg ?? env('PGDATABASE'))! } : {}),
    shellHost: inv.host,
  });
  if (typeof session === 'string') return { stdout: '', stderr: `${session}\n`, exitCode: 2 };
  const script = o.get('c') ?? (inv.stdin.trim() !== '' ? inv.stdin : undefined);
  if (script === undefined) {
    return { stdout: '', stderr: 'psql: interactive sessions are not available in this terminal; run a statement with psql -c "<sql>"\n', exitCode: 1 };
  }
  if (script.trim().startsWith('\\')) return { stdout: '', stderr: `invalid command ${script.trim().split(/\s+/)[0]}\nTry \\? for help.\n`, exitCode: 1 };
  const mode: PrintMode = { tuplesOnly: o.has('t'), unaligned: o.has('A'), expanded: o.has('x') };
  let stdout = '';
  let stderr = '';
  for (const statement of splitTop(script, ';').filter((s) => s.trim() !== '')) {
    const outcome = runStatement(statement, context.world, session, context);
    stderr += outcome.notices.map((n) => `${n}\n`).join('');
    if ('error' in outcome) return { stdout, stderr: stderr + errorText(statement, outcome.error.message, outcome.error.at), exitCode: 1 };
    stdout += 'set' in outcome ? formatResult(outcome.set, mode) : `${outcome.tag}\n`;
  }
  return { stdout, stderr, exitCode: 0 };
}

export const psql: Command = {
  name: 'psql',
  summary: 'PostgreSQL interactive terminal (run statements with -c)',
  usage: 'psql [-h host] [-p port] [-U user] [-d dbname] [-tAx] -c "<sql>"',
  man: `NAME
       psql - PostgreSQL interactive terminal

SYNOPSIS
       psql [-h host] [-p port] [-U user] [-d dbname] [-t] [-A] [-x] -c "command"

DESCRIPTION
       psql connects to a PostgreSQL server and runs the statements given with -c (or on standard input),
       printing each result as an aligned table. -h takes a data store's name (which follows its primary),
       a host or an address; without it psql uses PGHOST, else the local socket of the host you are on.

       The statistics views answer: pg_stat_activity (sessions: state, wait_event_type, query_start, query),
       pg_locks (WHERE NOT granted shows who waits), pg_stat_replication; SHOW max_connections;
       SELECT pg_is_in_recovery(), now() - pg_last_xact_replay_timestamp() (replication lag on a replica);
       SELECT pg_terminate_backend(pid) and pg_cancel_backend(pid) end a backend.

OPTIONS
       -c, --command=COMMAND   Run one command string (statements separated by ;) and exit.
       -h, --host=HOST         Database server host.
       -p, --port=PORT         Database server port (5432).
       -U, --username=USER     Database user name.
       -d, --dbname=DBNAME     Database to connect to.
       -t, --tuples-only       Print rows only.
       -A, --no-align          Unaligned output, columns separated by |.
       -x, --expanded          One record per block.

EXIT STATUS
       0 on success, 1 when a statement fails, 2 when the connection fails.
`,
  flags: ['-h', '-p', '-U', '-d', '-c', '-t', '-A', '-x', '--host', '--port', '--username', '--dbname', '--command', '--tuples-only', '--no-align', '--expanded'],
  complete(words, partial, context) {
    if (words[words.length - 1] === '-h' || words[words.length - 1] === '--host') {
      const stores = [...context.world.datastores.values()];
      return [...stores.map((s) => s.spec.name), ...stores.flatMap((s) => [s.primaryHost, ...(s.replicaHost ? [s.replicaHost] : [])])].filter((n) => n.startsWith(partial));
    }
    return [];
  },
  run,
};
