import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

/** Prints a report's HTML to PDF bytes, or says why it could not (no printer, or the printer failed). */
export type PdfPrinter = (html: string) => Promise<{ ok: true; pdf: Uint8Array } | { ok: false; problem: string }>;

/** How long a print may take before it is given up (a first headless Chromium start can take seconds). */
const PRINT_TIMEOUT_MS = 120_000;

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

/**
 * Headless Chromium's arguments to print a page written into `dir` to `target` (from a temp file, so nothing is
 * served), with a profile of its own in `dir` so a browser the user has open is left alone.
 */
function printArgs(dir: string, html: string, target: string): string[] {
  const page = join(dir, 'report.html');
  writeFileSync(page, html);
  return ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(dir, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${target}`, `file://${page}`];
}

/** Why Chromium wrote no PDF, with the end of what it said. */
function notWritten(browser: string, out: string, status: number | string | null | undefined, stderr: string): string {
  return `${browser} did not write ${out} (exit ${String(status)}): ${stderr.trim().split('\n').slice(-3).join(' ')}`;
}

/** Prints HTML to a PDF file with headless Chromium (the CLI's way: it waits, nothing else is running). */
export function printPdf(browser: string, html: string, out: string): { ok: true } | { ok: false; problem: string } {
  const dir = mkdtempSync(join(tmpdir(), 'firedrill-pdf-'));
  const target = resolve(out);
  try {
    const run = spawnSync(browser, printArgs(dir, html, target), { encoding: 'utf8', timeout: PRINT_TIMEOUT_MS });
    if (run.error) return { ok: false, problem: `could not run ${browser}: ${run.error.message}` };
    if (!existsSync(target) || statSync(target).size === 0) return { ok: false, problem: notWritten(browser, out, run.status, run.stderr || '') };
    return { ok: true };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The app's printer when the shell brings none of its own (the browser harness): a Chromium found on the machine,
 * looked up at each print (one may be installed while the app runs), run without blocking the back end.
 */
export function machineChromiumPrinter(env: NodeJS.ProcessEnv = process.env): PdfPrinter {
  return async (html) => {
    const found = findChromium(env);
    if ('problem' in found) return { ok: false, problem: found.problem };
    const dir = mkdtempSync(join(tmpdir(), 'firedrill-pdf-'));
    const target = join(dir, 'report.pdf');
    try {
      const args = printArgs(dir, html, target);
      const run = await new Promise<{ spawnError?: string; exit: string; stderr: string }>((done) => {
        execFile(found.path, args, { timeout: PRINT_TIMEOUT_MS, encoding: 'utf8' }, (error, _stdout, stderr) => {
          // A string code (ENOENT, EACCES) means it never ran; a number is its exit status; a timeout leaves a signal.
          const code = error?.code;
          done({ ...(typeof code === 'string' ? { spawnError: error!.message } : {}), exit: error ? String(code ?? error.signal) : '0', stderr });
        });
      });
      if (run.spawnError !== undefined) return { ok: false, problem: `could not run ${found.path}: ${run.spawnError}` };
      if (!existsSync(target) || statSync(target).size === 0) return { ok: false, problem: notWritten(found.path, 'the PDF', run.exit, run.stderr) };
      return { ok: true, pdf: new Uint8Array(readFileSync(target)) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
