import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function readBundled(): string {
  return readFileSync(join(BUNDLED, 'scenario.yaml'), 'utf8');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
