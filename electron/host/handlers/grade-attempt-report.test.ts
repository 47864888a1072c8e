import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend';
import { backendWith, playScript } from '../bundles/test-support';
import { findChromium } from '../grading';
import type { PdfPrinter } from '../grading';
import { valueOf } from './handler-testing';

const SCENARIO = 'checkout-bad-deploy';
let opened: Backend | undefined;
afterEach(() => opened?.close());

describe('grade.attemptReport', () => {
  it("answers an attempt's printable HTML report, named after the attempt, learner and scenario", async () => {
    opened = backendWith([SCENARIO], 'Grace Hopper');
    const { attempt, score } = await playScript(opened, SCENARIO, 'novice');
    const report = valueOf(await opened.invoke('grade.attemptReport', { attempt }));
    expect(report.filename).toBe(`firedrill-attempt-${attempt}-Grace-Hopper-${SCENARIO}.html`);
    expect(report.html).toMatch(/^<!doctype html>/i);
    expect(report.html).toContain('Grace Hopper');
    expect(report.html).toContain(`${score.total}`);
  }, 60_000);

  it('refuses an attempt that does not exist, naming it', async () => {
    opened = backendWith([SCENARIO]);
    expect(await opened.invoke('grade.attemptReport', { attempt: 42 })).toEqual({ ok: false, error: { code: 'not_found', message: 'no attempt 42', field: 'attempt' } });
  });
});

describe('grade.attemptPdf', () => {
  it('prints the same HTML report with the back end’s printer and answers it as base64, named like the HTML', async () => {
    opened = backendWith([SCENARIO], 'Grace Hopper');
    const { attempt } = await playScript(opened, SCENARIO, 'novice');
    const html = valueOf(await opened.invoke('grade.attemptReport', { attempt })).html;
    const printed: string[] = [];
    const printer: PdfPrinter = async (page) => {
      printed.push(page);
      return { ok: true, pdf: new TextEncoder().encode('%PDF-1.7 stand-in') };
    };
    opened.context.printPdf = printer;
    const pdf = valueOf(await opened.invoke('grade.attemptPdf', { attempt }));
    expect(printed).toEqual([html]);
    expect(pdf.filename).toBe(`firedrill-attempt-${attempt}-Grace-Hopper-${SCENARIO}.pdf`);
    expect(Buffer.from(pdf.base64, 'base64').toString()).toBe('%PDF-1.7 stand-in');
  }, 60_000);

  it('passes on why the printer could not print, and refuses an unknown attempt before printing anything', async () => {
    opened = backendWith([SCENARIO]);
    const { attempt } = await playScript(opened, SCENARIO, 'idle');
    let asked = 0;
    opened.context.printPdf = async () => {
      asked++;
      return { ok: false, problem: 'no Chromium found to print the PDF: install one' };
    };
    expect(await opened.invoke('grade.attemptPdf', { attempt: 42 })).toEqual({ ok: false, error: { code: 'not_found', message: 'no attempt 42', field: 'attempt' } });
    expect(asked).toBe(0);
    expect(await opened.invoke('grade.attemptPdf', { attempt })).toEqual({
      ok: false,
      error: { code: 'internal', message: `the PDF of attempt ${attempt} could not be printed: no Chromium found to print the PDF: install one` },
    });
    expect(asked).toBe(1);
  }, 60_000);

  const chromium = findChromium();
  const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
  const skip = 'path' in chromium ? (pdftotext ? '' : '(skipped: pdftotext is missing; Debian: poppler-utils)') : '(skipped: no Chromium found)';
  it.skipIf(skip !== '')(`prints with a Chromium found on the machine when the shell brings no printer ${skip}`, async () => {
    opened = backendWith([SCENARIO], 'Grace Hopper');
    const { attempt, score } = await playScript(opened, SCENARIO, 'expert');
    expect(opened.context.printPdf).toBeUndefined();
    const pdf = valueOf(await opened.invoke('grade.attemptPdf', { attempt }));
    const file = join(mkdtempSync(join(tmpdir(), 'fd-attempt-pdf-')), pdf.filename);
    writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Learner: Grace Hopper');
    expect(text).toContain(`Total: ${score.total} / ${score.max}`);
  }, 120_000);
});
