import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importBundle, outcomeLine, rescoreImports, rescoreLine } from '../bundles';
import { classReport, scenarioCache } from '../grading';
import { importScenarios, scenarioFoldersIn } from '../scenarios/catalog';
import { openGradingStore } from './grading-store';
import type { CliIo } from './io';

export type GradeImportArgs = { files: readonly string[]; db?: string; key?: string; scenariosDir: string };

/**
 * `firedrill grade import`: verifies and files each bundle, one line per bundle. The installed scenarios are
 * added to the grader's database first, so bundles of those versions can be re-scored. Exit 1 if any file could
 * not be imported (a flagged bundle is imported; its flags are the grader's to judge).
 */
export function gradeImportCommand(args: GradeImportArgs, io: CliIo): number {
  if (args.files.length === 0) {
    io.err('grade import needs at least one bundle file');
    return 2;
  }
  const store = openGradingStore(args.db, io, { create: true });
  if (!store) return 1;
  try {
    const installed = importScenarios(store, scenarioFoldersIn(args.scenariosDir));
    for (const p of installed.problems) io.err(`${p.folder}: ${p.file}:${p.path}: ${p.reason} (scenario not installed)`);
    const load = scenarioCache(store, installed.imported);
    let failed = 0;
    for (const file of args.files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        io.out(`${file}: error: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
        failed += 1;
        continue;
      }
      const outcome = importBundle(store, basename(file), text, args.key || undefined, load);
      if (outcome.status === 'error') failed += 1;
      io.out(outcomeLine(outcome).replace(basename(file), file));
    }
    return failed > 0 ? 1 : 0;
  } finally {
    store.close();
  }
}

export type GradeRescoreArgs = { db?: string; scenariosDir: string };

/**
 * `firedrill grade rescore`: installs the scenarios (as `grade import` does, replacing the placeholder an import
 * left for a missing version) and scores every imported attempt still without a score, one line per attempt.
 * Exit 1 if any is still unscored, so a script notices a version that is still missing.
 */
export function gradeRescoreCommand(args: GradeRescoreArgs, io: CliIo): number {
  const store = openGradingStore(args.db, io, { create: false });
  if (!store) return 1;
  try {
    const installed = importScenarios(store, scenarioFoldersIn(args.scenariosDir));
    for (const p of installed.problems) io.err(`${p.folder}: ${p.file}:${p.path}: ${p.reason} (scenario not installed)`);
    const outcomes = rescoreImports(store, scenarioCache(store, installed.imported));
    if (outcomes.length === 0) io.err(`${args.db}: every imported attempt has a score; nothing to re-score`);
    for (const outcome of outcomes) io.out(rescoreLine(outcome));
    return outcomes.some((o) => o.status === 'still-missing') ? 1 : 0;
  } finally {
    store.close();
  }
}

export type GradeReportArgs = { db?: string; format?: string; scenario?: string; learner?: string; from?: string; to?: string; out?: string };

/** `firedrill grade report`: the class CSV or JSON, to --out or standard output. */
export function gradeReportCommand(args: GradeReportArgs, io: CliIo): number {
  if (args.format !== 'csv' && args.format !== 'json') {
    io.err(args.format === undefined ? '--format is required: csv or json' : `--format: expected csv or json, got "${args.format}"`);
    return 2;
  }
  const store = openGradingStore(args.db, io, { create: false });
  if (!store) return 1;
  try {
    const report = classReport(store, args.format, { scenario: args.scenario, learner: args.learner, from: args.from, to: args.to });
    if (!report.ok) {
      io.err(report.error.message);
      return 2;
    }
    if (args.out === undefined) io.out(report.value.content.replace(/\r?\n$/, ''));
    else {
      writeFileSync(args.out, report.value.content);
      io.err(`${args.out}: ${report.value.attempts} attempt${report.value.attempts === 1 ? '' : 's'}`);
    }
    return 0;
  } finally {
    store.close();
  }
}
