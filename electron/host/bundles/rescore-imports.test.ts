import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GradeImportOutcome } from '../../contract/requests';
import type { Backend } from '../backend';
import { bundledFolder, valueOf } from '../handlers/handler-testing';
import { readScenarioFolder } from '../scenarios/read-folder';
import { exportBundle } from './export-bundle';
import type { Bundle } from './format';
import { NOT_RESCORED } from './import-bundle';
import { backendWith, playScript } from './test-support';

const SCENARIO = 'checkout-bad-deploy';
let bundleJson: string;
let version: string;
let opened: Backend[] = [];

beforeAll(async () => {
  const source = backendWith([SCENARIO], 'Ada Lovelace');
  const { attempt } = await playScript(source, SCENARIO, 'novice');
  const exported = exportBundle(source.context.store, attempt, { appVersion: '1.0.0' });
  if (!exported.ok) throw new Error(exported.error.message);
  bundleJson = exported.value.json;
  version = (JSON.parse(bundleJson) as Bundle).scenario.version;
  source.close();
});
afterEach(() => {
  for (const b of opened) b.close();
  opened = [];
});

function grader(scenarios: readonly string[]): Backend {
  const b = backendWith(scenarios);
  opened.push(b);
  return b;
}

async function importInto(backend: Backend, json: string): Promise<Extract<GradeImportOutcome, { status: 'imported' }>> {
  const [outcome] = valueOf(await backend.invoke('grade.import', { files: [{ name: 'ada.firedrill.json', json }] }));
  if (outcome?.status !== 'imported') throw new Error(JSON.stringify(outcome));
  return outcome;
}

/** What a grader who already had the scenario gets for the same bundle: the score and flags re-scoring must reach. */
async function reference(json: string) {
  return importInto(grader([SCENARIO]), json);
}

/** Installs the checkout scenario the way the app's "Import scenario" does: its folder's files sent to scenario.import. */
async function installCheckout(backend: Backend) {
  const files = Object.fromEntries(readScenarioFolder(bundledFolder(SCENARIO)).files);
  const result = valueOf(await backend.invoke('scenario.import', { id: SCENARIO, files }));
  expect(result.imported?.version).toBe(version);
}

const withClaim = (total: number) => {
  const bundle = JSON.parse(bundleJson) as Bundle;
  return JSON.stringify({ ...bundle, claimedScore: { total, max: bundle.claimedScore!.max } });
};

describe('grade.rescore', () => {
  it('scores an attempt imported before its scenario was installed, as importing it with the scenario would', async () => {
    const expected = await reference(bundleJson);
    const g = grader([]);
    const early = await importInto(g, bundleJson);
    expect(early).toMatchObject({ score: null, flags: [NOT_RESCORED] });
    expect(g.context.store.scores.get(early.attempt)).toBeUndefined();

    expect(valueOf(await g.invoke('grade.rescore', {}))).toEqual([
      { attempt: early.attempt, learner: 'Ada Lovelace', scenario: SCENARIO, status: 'still-missing', reason: `scenario ${SCENARIO} version ${version} is not installed` },
    ]);

    await installCheckout(g);
    const outcomes = valueOf(await g.invoke('grade.rescore', {}));
    expect(outcomes).toEqual([{ attempt: early.attempt, learner: 'Ada Lovelace', scenario: SCENARIO, status: 'rescored', score: expected.score, flags: expected.flags }]);
    expect(g.context.store.scores.get(early.attempt)).toMatchObject(expected.score!);
    expect(g.context.store.gradedImports.findByAttempt(early.attempt)?.flags).toEqual(expected.flags);
    expect(g.context.store.attempts.listing(early.attempt)?.score).toEqual(expected.score);
  });

  it('flags a claimed score the events do not earn, as on import', async () => {
    const tampered = withClaim(999);
    const expected = await reference(tampered);
    expect(expected.flags).toEqual([`claimed 999, events earn ${expected.score!.total}`]);
    const g = grader([]);
    const early = await importInto(g, tampered);
    await installCheckout(g);
    const [outcome] = valueOf(await g.invoke('grade.rescore', {}));
    expect(outcome).toEqual({ attempt: early.attempt, learner: 'Ada Lovelace', scenario: SCENARIO, status: 'rescored', score: expected.score, flags: expected.flags });
    expect(g.context.store.gradedImports.findByAttempt(early.attempt)?.flags).toEqual(expected.flags);
  });

  it('keeps the chain flags a broken bundle had, in the order an import writes them', async () => {
    const bundle = JSON.parse(bundleJson) as Bundle;
    bundle.events.splice(2, 1);
    const broken = JSON.stringify(bundle);
    const expected = await reference(broken);
    const g = grader([]);
    const early = await importInto(g, broken);
    expect(early.flags.at(-1)).toBe(NOT_RESCORED);
    await installCheckout(g);
    expect(valueOf(await g.invoke('grade.rescore', {}))).toEqual([
      { attempt: early.attempt, learner: 'Ada Lovelace', scenario: SCENARIO, status: 'rescored', score: expected.score, flags: expected.flags },
    ]);
  });

  it('is idempotent: a second run finds nothing and changes nothing', async () => {
    const g = grader([]);
    const early = await importInto(g, withClaim(1));
    await installCheckout(g);
    valueOf(await g.invoke('grade.rescore', {}));
    const snapshot = () => ({ score: g.context.store.scores.get(early.attempt), entry: g.context.store.gradedImports.findByAttempt(early.attempt), attempts: g.context.store.attempts.list() });
    const before = JSON.stringify(snapshot());
    expect(valueOf(await g.invoke('grade.rescore', {}))).toEqual([]);
    expect(JSON.stringify(snapshot())).toBe(before);
  });

  it('leaves an attempt of another version alone while scoring the one now installed', async () => {
    const g = grader([]);
    const other = JSON.parse(bundleJson) as Bundle;
    const otherVersion = `${version.slice(0, -4)}beef`;
    other.scenario.version = otherVersion;
    (other.events[0]!.payload as { version: string }).version = otherVersion;
    other.learner = { name: 'Bob Byte' };
    const bob = await importInto(g, JSON.stringify(other));
    const ada = await importInto(g, bundleJson);
    await installCheckout(g);
    const outcomes = valueOf(await g.invoke('grade.rescore', {}));
    expect(outcomes.map((o) => [o.attempt, o.status])).toEqual([[bob.attempt, 'still-missing'], [ada.attempt, 'rescored']]);
    expect(g.context.store.gradedImports.findByAttempt(bob.attempt)?.flags).toContain(NOT_RESCORED);
  });
});

describe('installing a scenario over the placeholder an import left', () => {
  it('replaces the placeholder: the real title, listed and startable as the newest version', async () => {
    const g = grader([]);
    await importInto(g, bundleJson);
    expect(g.context.store.scenarios.find(SCENARIO, version)).toMatchObject({ title: `${SCENARIO} (not installed)`, files: {} });
    expect(valueOf(await g.invoke('scenario.list', {}))).toEqual([]);
    await installCheckout(g);
    const stored = g.context.store.scenarios.find(SCENARIO, version)!;
    expect(stored.title).toBe('Checkout errors after a Friday deploy');
    expect(Object.keys(stored.files)).toContain('scenario.yaml');
    expect(g.context.store.scenarios.find(SCENARIO)?.version).toBe(version);
    expect(valueOf(await g.invoke('scenario.list', {})).map((s) => [s.id, s.version])).toEqual([[SCENARIO, version]]);
    expect(valueOf(await g.invoke('drill.start', { scenario: SCENARIO }))).toMatchObject({ scenario: SCENARIO, version });
  });
});
