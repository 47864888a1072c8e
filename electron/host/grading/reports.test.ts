import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { exportBundle } from '../bundles/export-bundle';
import type { Bundle } from '../bundles/format';
import { importBundle } from '../bundles/import-bundle';
import { backendWith, playScript } from '../bundles/test-support';
import type { ScoreReport } from '../../engine/scoring';
import { attemptHtml } from './html-report';
import { attemptReportRecord, classReport } from './class-report';
import { findChromium, printPdf } from './pdf';

/** Two learners, two scenarios with different rubrics, one bundle tampered with; all imported into one grader. */
let grader: Backend;
const scores: Record<string, ScoreReport> = {};
const attempts: Record<string, number> = {};

async function bundleOf(learner: string, scenario: string, script: string, tamper?: (b: Bundle) => void) {
  const student = backendWith([scenario], learner);
  try {
    const { attempt, score } = await playScript(student, scenario, script);
    const json = exportBundle(student.context.store, attempt, { appVersion: '1' });
    if (!json.ok) throw new Error(json.error.message);
    const bundle = JSON.parse(json.value.json) as Bundle;
    tamper?.(bundle);
    return { json: JSON.stringify(bundle), score };
  } finally {
    student.close();
  }
}

beforeAll(async () => {
  grader = backendWith(['checkout-bad-deploy', 'db-connectivity']);
  const plays = [
    ['ada', 'Ada', 'checkout-bad-deploy', 'expert', undefined],
    ['bob', 'Bob, "the builder"', 'db-connectivity', 'novice', (b: Bundle) => void (b.claimedScore = { total: 999, max: b.claimedScore!.max })],
  ] as const;
  for (const [key, learner, scenario, script, tamper] of plays) {
    const { json, score } = await bundleOf(learner, scenario, script, tamper);
    const outcome = importBundle(grader.context.store, `${key}.json`, json);
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    attempts[key] = outcome.attempt;
    scores[key] = score;
  }
}, 60_000);
afterAll(() => grader.close());

function csv(filter = {}) {
  const report = classReport(grader.context.store, 'csv', filter);
  if (!report.ok) throw new Error(report.error.message);
  return report.value.content.trimEnd().split('\r\n');
}

/** The rubric categories of a score, in the order its criteria name them. */
const categoriesOf = (s: ScoreReport) => [...new Set(s.criteria.map((c) => c.category))];

describe('class CSV', () => {
  it('has the fixed columns, the union of both rubrics’ categories in rubric order, the flags, and the participants last', () => {
    const [header] = csv();
    const union = [...categoriesOf(scores.ada!), ...categoriesOf(scores.bob!).filter((c) => !categoriesOf(scores.ada!).includes(c))];
    expect(header).toBe(['attempt', 'learner', 'student_id', 'scenario', 'version', 'difficulty', 'date', 'duration_s', 'total', 'max', ...union, 'flags', 'participants'].join(','));
  });

  it('puts each attempt’s re-derived points in its row; the tampered claim is a flag, not the total', () => {
    const [header, ...rows] = csv();
    const columns = header!.split(',');
    expect(rows).toHaveLength(2);
    const ada = rows[0]!.split(',');
    const cell = (row: string[], name: string) => row[columns.indexOf(name)];
    expect(cell(ada, 'learner')).toBe('Ada');
    expect(cell(ada, 'scenario')).toBe('checkout-bad-deploy');
    expect(cell(ada, 'total')).toBe(String(scores.ada!.total));
    expect(cell(ada, 'max')).toBe(String(scores.ada!.max));
    for (const [category, c] of Object.entries(scores.ada!.categories)) expect(cell(ada, category)).toBe(String(c.points));
    // No flags, and no participants: both played alone.
    expect(ada.slice(-2)).toEqual(['', '']);
    // Bob's name holds a comma and quotes: one quoted cell. His flag names the claimed and earned totals.
    expect(rows[1]).toContain('"Bob, ""the builder"""');
    expect(rows[1]).toContain(`,${scores.bob!.total},${scores.bob!.max},`);
    // The flag holds a comma, so it is quoted too.
    expect(rows[1]!.endsWith(`,"claimed 999, events earn ${scores.bob!.total}",`)).toBe(true);
  });

  it('leaves a category empty for a scenario whose rubric lacks it', () => {
    const [header, ada] = csv();
    const columns = header!.split(',');
    const foreign = categoriesOf(scores.bob!).filter((c) => !categoriesOf(scores.ada!).includes(c));
    for (const c of foreign) expect(ada!.split(',')[columns.indexOf(c)]).toBe('');
  });

  it('filters by scenario, learner and day', () => {
    expect(csv({ scenario: 'db-connectivity' })).toHaveLength(2);
    expect(csv({ learner: 'Ada' })[1]).toMatch(/^\d+,Ada,/);
    expect(csv({ to: '2000-01-01' })).toHaveLength(1);
    const today = new Date().toISOString().slice(0, 10);
    expect(csv({ from: today })).toHaveLength(3);
    expect(classReport(grader.context.store, 'csv', { from: '1 May' })).toMatchObject({ ok: false });
  });
});

describe('attempt JSON and HTML', () => {
  it('JSON: learner, scenario, the re-derived score with timings, and flags', () => {
    const report = classReport(grader.context.store, 'json', { learner: 'Bob, "the builder"' });
    if (!report.ok) throw new Error(report.error.message);
    const [bob] = (JSON.parse(report.value.content) as { attempts: Record<string, unknown>[] }).attempts;
    expect(bob).toMatchObject({ learner: { name: 'Bob, "the builder"' }, scenario: { id: 'db-connectivity', installed: true }, score: { total: scores.bob!.total, timings: scores.bob!.timings }, flags: [`claimed 999, events earn ${scores.bob!.total}`] });
  });

  it('HTML: summary, every category, evidence lines, an SVG timeline, messages and the postmortem section', () => {
    const html = attemptHtml(attemptReportRecord(grader.context.store, attempts.ada!)!);
    expect(html).toContain(`Total: ${scores.ada!.total} / ${scores.ada!.max}`);
    for (const category of Object.keys(scores.ada!.categories)) expect(html).toContain(`<h3>${category}: `);
    const evidenced = scores.ada!.criteria.find((c) => c.evidence.length > 0)!;
    expect(html).toContain(`#${evidenced.evidence[0]} at `);
    expect(html).toMatch(/<svg [^>]*class="timeline"/);
    expect(html).toContain('<h2>Communication</h2>\n<table>');
    expect(html).toMatch(/<h2>Postmortem/);
  });
});

const chromium = findChromium();
const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const pdfSkip = 'path' in chromium ? (pdftotext ? '' : 'pdftotext is missing (Debian: poppler-utils)') : 'no Chromium found';

describe('PDF', () => {
  it.skipIf(pdfSkip !== '')(`prints the report; its text names the learner, scenario and total ${pdfSkip}`, () => {
    const record = attemptReportRecord(grader.context.store, attempts.ada!)!;
    const out = join(mkdtempSync(join(tmpdir(), 'fd-pdf-')), 'ada.pdf');
    const printed = printPdf((chromium as { path: string }).path, attemptHtml(record), out);
    expect(printed).toEqual({ ok: true });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Learner: Ada');
    expect(text).toContain(record.scenario.title);
    expect(text).toContain(`Total: ${scores.ada!.total} / ${scores.ada!.max}`);
  }, 120_000);

  it('names what to install when no browser is found', () => {
    expect(findChromium({ PATH: '/nonexistent' })).toEqual({ problem: expect.stringContaining('apt-get install chromium') as unknown });
    expect(findChromium({ FIREDRILL_CHROMIUM: '/no/such/chrome' })).toEqual({ problem: 'FIREDRILL_CHROMIUM is set to "/no/such/chrome", which does not exist' });
    expect(existsSync('/nonexistent')).toBe(false);
  });
});
