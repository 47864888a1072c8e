import { parseArgs } from 'node:util';
import { catalogCommand, listCommand, validateCommand } from './scenario-commands';
import { exportCommand } from './export-command';
import { attemptExportCommand } from './bundle-command';
import { gradePdfClassCommand, gradePdfCommand } from './grade-pdf-command';
import { gradeImportCommand, gradeReportCommand, gradeRescoreCommand } from './grade-command';
import type { CliIo } from './io';
import { processIo } from './io';
import { bundledScenariosDir } from './paths';
import { logsEvalCommand, logsSearchCommand } from './logs-command';
import { playCommand } from './play-command';
import { scenarioCheckCommand } from './scenario-check-command';
import { evalCommand, queryCommand, testCommand } from './promql-command';
import { rulesLabCommand, rulesTestCommand } from './rules-command';
import { rulesExportCommand } from './rules-export-command';
import { serveCommand } from './serve-command';
import { parseTeamOption } from './team-option';
import type { Participant } from '../../engine/team/types';

const USAGE = `usage: firedrill <command>

  scenario validate <folder…>   check scenario folders; one line per problem (file:path: reason)
  scenario check <id|folder>    validate a scenario and prove it solvable: play its scripts/expert.json
                                headless; every mitigate criterion at full marks, evidence for every point
  scenario list                 the bundled scenarios, one per line, id first
  scenario faults|operations    the fault kinds and learner operations scenarios may use
  drill play <id|folder> [--seed N] [--difficulty LEVEL] [--team T] [--actions FILE] [--db PATH]
                                play a drill headless and print its score JSON; --team "Ana:ic,Ben:comms"
                                plays a team drill (the actions' drill.actAs switch who acts)
  drill export <id|folder> [--seed N] [--difficulty LEVEL] [--team T] [--actions FILE] --format F --out FILE
  drill export --attempt ID --db PATH --format F --out FILE
                                replay a drill (or re-derive a stored attempt) and write its
                                metrics as OpenMetrics (F = openmetrics) or logs as ECS NDJSON
                                (F = ndjson), warm past included
  serve [--port N] [--db PATH]  run the app in a browser on 127.0.0.1
  promql test <file.test…> [--invariants]
                                run Prometheus PromQL test scripts against the engine; prints each
                                failing eval, then N passed, N failed, N skipped and the skip reasons
                                (--invariants: also upstream's @ and range-mode re-runs)
  promql eval --data F.om --queries Q.json [--repeat N] [--out FILE]
                                run every query of Q over an OpenMetrics file; writes the results in
                                the Prometheus HTTP API's shape with the median ms over N runs
  promql query --data F.om --expr E [--time T]
                                one instant query, same JSON (T: unix seconds or RFC 3339;
                                default: the newest sample's time)
  logs search --data F.ndjson --query KQL [--from T] [--to T] [--limit N]
                                KQL over an ECS NDJSON file (such as drill export writes); prints
                                {"total":N,"hits":[…]}, newest first, 100 hits unless --limit
                                (T: ISO 8601 or unix seconds, inclusive; now = the newest event)
  logs eval --data F.ndjson --queries Q.json [--repeat N] [--out FILE]
                                count every query of Q ({"queries":[{"id","query","from"?,"to"?}]});
                                writes {"results":[…]} with each total and the median ms over N runs
  rules test <test.yml…>        run promtool rule unit-test files (rule_files, input_series,
                                alert_rule_test, promql_expr_test); prints each failure in
                                promtool's wording, then N passed, N failed (one per test group)
  rules lab <scenario-dir> <rule-file> [--seed N] [--within 5m] [--json]
                                replay the scenario with and without its fault and score the file's
                                alerts (recall, false positives, for, annotations) out of 100
  rules export-test <scenario|folder> [--seed N] [--actions F] [--from=-10m] [--every 1m]
                    [--prometheus-2] [--out FILE]
                                play the scenario and write its rules' alert timeline over the drill's
                                series as a promtool test file (--prometheus-2: as Prometheus 2.x computes)
  attempt export --db F --attempt ID --out F.firedrill.json [--key K]
                                write one attempt as a bundle (header, whole event log with its hash
                                chain, claimed score); --key or $FIREDRILL_CLASS_KEY signs it
  grade import <bundle…> --db F [--key K]
                                verify each bundle (hash chain, seed, signature), re-play and re-score
                                it from its events and file it in F; one line per bundle with its flags
  grade report --db F --format csv|json [--scenario ID] [--learner NAME] [--from DAY] [--to DAY] [--out F]
                                the class report: one CSV row per attempt (a column per rubric category,
                                the flags, then the team) or each attempt's JSON report (DAY: YYYY-MM-DD)
  grade rescore --db F          re-score imported attempts left unscored because their scenario version
                                was missing, once it is installed (bundled or --scenarios DIR)
  grade pdf --db F --attempt ID --out F
                                print one attempt's report to PDF with headless Chromium
                                ($FIREDRILL_CHROMIUM, else chromium, chromium-browser or google-chrome;
                                --format html writes the HTML report instead)
  grade pdf --db F --out DIR [--scenario ID] [--learner NAME] [--from DAY] [--to DAY]
                                the class: one report per attempt into DIR, a progress line per file

  --scenarios DIR               where scenario folders live (default: the bundled ones)`;

function integer(value: string | undefined, flag: string, io: CliIo): number | undefined | null {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    io.err(`${flag}: expected a whole number, got "${value}"`);
    return null;
  }
  return Number(value);
}

/** `--team`, read: undefined when not given, null (after saying why) when malformed. */
function teamOption(value: string | undefined, io: CliIo): Participant[] | undefined | null {
  if (value === undefined) return undefined;
  const parsed = parseTeamOption(value);
  if (parsed.ok) return parsed.team;
  io.err(parsed.message);
  return null;
}

/** Runs one CLI invocation and returns its exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        seed: { type: 'string' },
        actions: { type: 'string' },
        db: { type: 'string' },
        port: { type: 'string' },
        attempt: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        scenarios: { type: 'string' },
        data: { type: 'string' },
        queries: { type: 'string' },
        repeat: { type: 'string' },
        expr: { type: 'string' },
        time: { type: 'string' },
        query: { type: 'string' },
        to: { type: 'string' },
        limit: { type: 'string' },
        invariants: { type: 'boolean' },
        within: { type: 'string' },
        from: { type: 'string' },
        every: { type: 'string' },
        'prometheus-2': { type: 'boolean' },
        json: { type: 'boolean' },
        difficulty: { type: 'string' },
        team: { type: 'string' },
        key: { type: 'string' },
        learner: { type: 'string' },
        scenario: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, sub, ...rest] = positionals;
  const scenariosDir = values.scenarios ?? bundledScenariosDir();
  if (values.help || command === undefined || command === 'help') {
    io.out(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command === 'scenario' && sub === 'validate') return validateCommand(rest, io);
  if (command === 'scenario' && sub === 'check' && rest.length === 1) return scenarioCheckCommand({ target: rest[0]!, scenariosDir }, io);
  if (command === 'scenario' && sub === 'list') return listCommand(scenariosDir, io);
  if (command === 'scenario' && (sub === 'faults' || sub === 'operations') && rest.length === 0) return catalogCommand(sub, io);
  if (command === 'drill' && sub === 'play' && rest.length === 1) {
    const seed = integer(values.seed, '--seed', io);
    const team = teamOption(values.team, io);
    if (seed === null || team === null) return 2;
    return playCommand({ target: rest[0]!, seed, difficulty: values.difficulty, team, actionsFile: values.actions, db: values.db, scenariosDir }, io);
  }
  if (command === 'drill' && sub === 'export' && rest.length <= 1) {
    const seed = integer(values.seed, '--seed', io);
    const attempt = integer(values.attempt, '--attempt', io);
    const team = teamOption(values.team, io);
    if (seed === null || attempt === null || team === null) return 2;
    return exportCommand(
      { target: rest[0], seed, difficulty: values.difficulty, team, actionsFile: values.actions, attempt, db: values.db, format: values.format, out: values.out, scenariosDir },
      io,
    );
  }
  if (command === 'promql' && sub === 'test') return testCommand({ files: rest, invariants: values.invariants ?? false }, io);
  if (command === 'promql' && sub === 'eval' && rest.length === 0) {
    const repeat = integer(values.repeat, '--repeat', io);
    if (repeat === null) return 2;
    return evalCommand({ data: values.data, queries: values.queries, repeat, out: values.out }, io);
  }
  if (command === 'promql' && sub === 'query' && rest.length === 0) return queryCommand({ data: values.data, expr: values.expr, time: values.time }, io);
  if (command === 'logs' && sub === 'search' && rest.length === 0) {
    const limit = integer(values.limit, '--limit', io);
    if (limit === null) return 2;
    return logsSearchCommand({ data: values.data, query: values.query, from: values.from, to: values.to, limit }, io);
  }
  if (command === 'logs' && sub === 'eval' && rest.length === 0) {
    const repeat = integer(values.repeat, '--repeat', io);
    if (repeat === null) return 2;
    return logsEvalCommand({ data: values.data, queries: values.queries, repeat, out: values.out }, io);
  }
  if (command === 'rules' && sub === 'test') return rulesTestCommand(rest, io);
  if (command === 'rules' && sub === 'lab') {
    const seed = integer(values.seed, '--seed', io);
    if (seed === null) return 2;
    return rulesLabCommand({ positionals: rest, seed, within: values.within, json: values.json }, io);
  }
  if (command === 'rules' && sub === 'export-test' && rest.length === 1) {
    const seed = integer(values.seed, '--seed', io);
    if (seed === null) return 2;
    const prometheus2 = values['prometheus-2'] ?? false;
    return rulesExportCommand({ target: rest[0]!, seed, actionsFile: values.actions, from: values.from, every: values.every, prometheus2, out: values.out, scenariosDir }, io);
  }
  if (command === 'attempt' && sub === 'export' && rest.length === 0) {
    const attempt = integer(values.attempt, '--attempt', io);
    if (attempt === null) return 2;
    return attemptExportCommand({ db: values.db, attempt, out: values.out, key: values.key ?? process.env.FIREDRILL_CLASS_KEY }, io);
  }
  if (command === 'grade' && sub === 'import') return gradeImportCommand({ files: rest, db: values.db, key: values.key ?? process.env.FIREDRILL_CLASS_KEY, scenariosDir }, io);
  if (command === 'grade' && sub === 'report' && rest.length === 0) {
    return gradeReportCommand({ db: values.db, format: values.format, scenario: values.scenario, learner: values.learner, from: values.from, to: values.to, out: values.out }, io);
  }
  if (command === 'grade' && sub === 'rescore' && rest.length === 0) return gradeRescoreCommand({ db: values.db, scenariosDir }, io);
  if (command === 'grade' && sub === 'pdf' && rest.length === 0 && values.attempt === undefined && values.out !== undefined) {
    return gradePdfClassCommand({ db: values.db, outDir: values.out, format: values.format, scenario: values.scenario, learner: values.learner, from: values.from, to: values.to }, io);
  }
  if (command === 'grade' && sub === 'pdf' && rest.length === 0) {
    const attempt = integer(values.attempt, '--attempt', io);
    if (attempt === null) return 2;
    return gradePdfCommand({ db: values.db, attempt, out: values.out, format: values.format }, io);
  }
  if (command === 'serve' && sub === undefined) {
    const port = integer(values.port, '--port', io);
    if (port === null) return 2;
    return serveCommand({ port, db: values.db, scenariosDir }, io);
  }
  io.err(`unknown command: ${positionals.join(' ')}\n\n${USAGE}`);
  return 2;
}
