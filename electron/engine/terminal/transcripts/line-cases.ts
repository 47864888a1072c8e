import { expect, it } from 'vitest';
import { estate } from './estate';
import { terminalDrill } from './transcript-kit';

/**
 * One typed line on the test estate: the faults active, when it is typed, the answers to any question, what
 * it must print and exit with, and the one operation it must run (none when left out).
 */
export type LineCase = { line: string; faults?: Record<string, unknown>[]; at?: string; answers?: string[]; output: RegExp | string; exitCode?: number; operation?: string };

/** One test per case: type the line, check output and exit code, then check which operation ran. */
export function lineCases(cases: readonly LineCase[]): void {
  for (const c of cases) {
    it(`${c.line}${c.at ? ` at ${c.at}` : ''}`, () => {
      const d = terminalDrill({ world: estate(), faults: c.faults ?? [] });
      if (c.at) d.until(c.at);
      const shown = d.type(c.line, c.answers);
      if (typeof c.output === 'string') expect(shown.output).toBe(c.output);
      else expect(shown.output).toMatch(c.output);
      expect(shown.exitCode).toBe(c.exitCode ?? 0);
      d.until(`${d.context.now / 1000 + 1}s`);
      const ran = d.sim.logs.all().filter((e) => e['event.action'] === 'operation').map((e) => e.message.split(': ')[0]);
      expect(ran).toEqual(c.operation ? [c.operation] : []);
    });
  }
}
