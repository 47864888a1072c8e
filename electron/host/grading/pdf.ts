import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome'];

export const NO_BROWSER =
  'no Chromium found to print the PDF: install one (Debian/Ubuntu: apt-get install chromium; or Google Chrome) ' +
  'or set FIREDRILL_CHROMIUM to the browser executable, e.g. FIREDRILL_CHROMIUM=/usr/bin/chromium';

/** The browser to print with: $FIREDRILL_CHROMIUM if set, else the first candidate on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): { path: string } | { problem: string } {
  const named = env.FIREDRILL_CHROMIUM;
  if (named !== undefined && named !== '') {
    return existsSync(named) ? { path: named } : { problem: `FIREDRILL_CHROMIUM is set to "${named}", which does not exist` };
  }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of CANDIDATES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return { path: candidate };
    }
  }
  return { problem: NO_BROWSER };
}

/** Prints HTML to a PDF file with headless Chromium (from a temp file, so nothing is served). */
export function printPdf(browser: string, html: string, out: string): { ok: true } | { ok: false; problem: string } {
  const dir = mkdtempSync(join(tmpdir(), 'firedrill-pdf-'));
  const target = resolve(out);
  try {
    const page = join(dir, 'report.html');
    writeFileSync(page, html);
    const args = ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(dir, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${target}`, `file://${page}`];
    const run = spawnSync(browser, args, { encoding: 'utf8', timeout: 120_000 });
    if (run.error) return { ok: false, problem: `could not run ${browser}: ${run.error.message}` };
    if (!existsSync(target) || statSync(target).size === 0) {
      return { ok: false, problem: `${browser} did not write ${out} (exit ${String(run.status)}): ${(run.stderr || '').trim().split('\n').slice(-3).join(' ')}` };
    }
    return { ok: true };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
