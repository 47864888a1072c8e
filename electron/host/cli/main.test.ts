import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../backend';
import { parseActionsFile } from '../drill/actions-file';
import { playDrill } from '../drill/play';
import { runCli } from './cli-testing';

const BUNDLED = fileURLToPath(new URL('../../../scenarios/checkout-bad-deploy', import.meta.url));
const SCENARIOS = dirname(BUNDLED);

const cli = runCli;

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'firedrill-cli-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('firedrill scenario validate', () => {
  it('exits 1 with one file:path: reason line per problem', async () => {
    const folder = join(tmp, 'broken');
    mkdirSync(folder);
    const text = readBundled().replace(/^duration: .*$/m, 'duration: soon').replace(/^summary: >\n(?: {2}.*\n)+/m, '');
    writeFileSync(join(folder, 'scenario.yaml'), text);
    const { code, out, err } = await cli('scenario', 'validate', folder);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      expect.stringMatching(new RegExp(`^${escape(folder)}/scenario\\.yaml:summary: .*expected string`)),
      expect.stringMatching(new RegExp(`^${escape(folder)}/scenario\\.yaml:duration: not a duration`)),
    ]);
  });

  it('exits 0 for the bundled scenario', async () => {
    const { code, out, err } = await cli('scenario', 'validate', BUNDLED);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([expect.stringMatching(new RegExp(`^${escape(BUNDLED)}: ok \\(checkout-bad-deploy [0-9a-f]{16}\\)$`))]);
  });

  it('reports a path that is not a folder', async () => {
    const missing = join(tmp, 'nowhere');
    expect(await cli('scenario', 'validate', missing)).toEqual({ code: 1, out: [], err: [`${missing}:(folder): not a folder`] });
  });

  it('needs at least one folder', async () => {
    expect((await cli('scenario', 'validate')).code).toBe(2);
  });
});

describe('firedrill drill play', () => {
  it.each(['expert', 'novice', 'harmful', 'idle'])('prints byte-identical score JSON for %s on every run', async (name) => {
    const args = ['drill', 'play', 'checkout-bad-deploy', '--scenarios', SCENARIOS, '--actions', join(BUNDLED, 'scripts', `${name}.json`)];
    const first = await cli(...args);
    const second = await cli(...args);
    expect(first.code).toBe(0);
    expect(first.err).toEqual([]);
    expect(second.out.join('\n')).toBe(first.out.join('\n'));
    const score = JSON.parse(first.out.join('\n'));
    expect(score).toMatchObject({ scenario: 'checkout-bad-deploy', seed: 20260313 });
  });

  it('prints what playDrill scores through the same handlers', async () => {
    const actions = join(BUNDLED, 'scripts', 'expert.json');
    const { out } = await cli('drill', 'play', 'checkout-bad-deploy', '--scenarios', SCENARIOS, '--actions', actions);
    const backend = createBackend({ dbPath: ':memory:', scenarioFolders: [BUNDLED], live: false });
    try {
      const parsed = parseActionsFile(readFileSync(actions, 'utf8'));
      const result = await playDrill(backend, { scenario: 'checkout-bad-deploy', actions: parsed.ok ? parsed.actions : [] });
      expect(result.ok && JSON.stringify(result.score, null, 2)).toBe(out.join('\n'));
    } finally {
      backend.close();
    }
  });

  it('plays a folder given by path, with another seed', async () => {
    const { code, out } = await cli('drill', 'play', BUNDLED, '--seed', '7');
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n')).seed).toBe(7);
  });

  it('refuses a broken actions file, naming the entry', async () => {
    const file = join(tmp, 'actions.json');
    writeFileSync(file, JSON.stringify([{ at: 'later', request: 'drill.end' }]));
    const { code, err } = await cli('drill', 'play', 'checkout-bad-deploy', '--scenarios', SCENARIOS, '--actions', file);
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(new RegExp(`^${escape(file)}:\\[0\\]\\.at: `))]);
  });

  it.each([
    [['drill', 'play', 'checkout-bad-deploy', '--seed', 'abc'], 2],
    [['drill', 'play', 'no-such-scenario', '--scenarios', SCENARIOS], 1],
    [['frobnicate'], 2],
    [[], 2],
    [['--help'], 0],
  ])('%j exits %d', async (argv, code) => {
    expect((await cli(...argv)).code).toBe(code);
  });
});

describe('firedrill scenario check', () => {
  /** A copy of the bundled scenario whose expert script is replaced by `expert` (or removed when undefined). */
  function copyWithExpert(expert: string | undefined): string {
    const folder = join(tmp, 'checkout-bad-deploy');
    cpSync(BUNDLED, folder, { recursive: true });
    const script = join(folder, 'scripts', 'expert.json');
    if (expert === undefined) rmSync(script);
    else writeFileSync(script, expert);
    return folder;
  }

  it('passes the bundled scenario by id, printing the expert at full marks', async () => {
    const { code, out, err } = await cli('scenario', 'check', 'checkout-bad-deploy', '--scenarios', SCENARIOS);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.every((line) => !line.startsWith('✗'))).toBe(true);
    expect(out).toContain('✓ the app accepted every request of the expert');
    expect(out.filter((line) => line.startsWith('✓ mitigate '))).not.toEqual([]);
    const total = out.find((line) => line.startsWith('expert: '))!.match(/^expert: (-?\d+)\/(\d+)$/)!;
    expect(Number(total[1])).toBe(Number(total[2]));
    expect(out[out.length - 1]).toBe(`${BUNDLED}: solvable`);
  });

  it('fails a copy whose expert script is not a valid actions file, naming the entry', async () => {
    const folder = copyWithExpert(JSON.stringify([{ at: '1m', request: 'alert.acknowledge', input: {} }, { at: '30s', request: 'drill.end' }]));
    const { code, out } = await cli('scenario', 'check', folder);
    expect(code).toBe(1);
    expect(out).toContain('✗ scripts/expert.json is not a valid actions file');
    expect(out).toContainEqual(expect.stringMatching(/^✗ scripts\/expert\.json:\[1\]\.at: earlier than the entry before it$/));
    expect(out.some((line) => line.startsWith('expert: '))).toBe(false);
    expect(out[out.length - 1]).toMatch(/: \d+ checks? failed$/);
  });

  it('fails a copy whose expert never rolls back: the mitigate criterion is not at full marks', async () => {
    const folder = copyWithExpert(JSON.stringify([{ at: '3m20s', request: 'alert.acknowledge', input: { alert: 'CheckoutHighErrorRate' } }]));
    const { code, out } = await cli('scenario', 'check', folder);
    expect(code).toBe(1);
    expect(out).toContainEqual(expect.stringMatching(/^✗ mitigate roll-back: 0\/20, the expert must earn it in full/));
  });

  it('fails a copy whose expert sends a request the app refuses, quoting the refusal', async () => {
    const folder = copyWithExpert(JSON.stringify([{ at: '1m', request: 'alert.acknowledge', input: { alert: 'NoSuchAlert' } }]));
    const { code, out } = await cli('scenario', 'check', folder);
    expect(code).toBe(1);
    expect(out).toContainEqual(expect.stringMatching(/^✗ the app refused 1 of the expert's requests/));
    expect(out).toContainEqual(expect.stringMatching(/^✗ actions\[0\] alert\.acknowledge: /));
  });

  it('fails a copy without an expert script', async () => {
    const { code, out } = await cli('scenario', 'check', copyWithExpert(undefined));
    expect(code).toBe(1);
    expect(out).toContainEqual(expect.stringMatching(/^✗ scripts\/expert\.json: missing/));
  });

  it('fails an invalid folder with its problems and plays nothing', async () => {
    const folder = copyWithExpert(undefined);
    writeFileSync(join(folder, 'scenario.yaml'), readBundled().replace(/^duration: .*$/m, 'duration: soon'));
    const { code, out } = await cli('scenario', 'check', folder);
    expect(code).toBe(1);
    expect(out).toContain('✗ scenario is invalid (1 problem)');
    expect(out).toContainEqual(expect.stringMatching(new RegExp(`^✗ ${escape(folder)}/scenario\\.yaml:duration: not a duration`)));
    expect(out.some((line) => line.includes('scripts/expert.json'))).toBe(false);
  });

  it.each([
    [['scenario', 'check', 'no-such-scenario', '--scenarios', SCENARIOS], 1],
    [['scenario', 'check'], 2],
  ])('%j exits %d', async (argv, code) => {
    expect((await cli(...argv)).code).toBe(code);
  });
});

function readBundled(): string {
  return readFileSync(join(BUNDLED, 'scenario.yaml'), 'utf8');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
