import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../backend';
import type { Backend } from '../backend';
import { readScenarioFolder } from '../scenarios/read-folder';
import { bundledFolder, valueOf } from './handler-testing';

/** The bundled checkout scenario's files, as the picker uploads a folder: path relative to the folder → text. */
const checkoutFiles = () => Object.fromEntries(readScenarioFolder(bundledFolder('checkout-bad-deploy')).files);

let backend: Backend;
beforeEach(() => {
  backend = createBackend({ dbPath: ':memory:', scenarioFolders: [bundledFolder('sale-day-search')], live: false });
});
afterEach(() => backend.close());

describe('scenario.import', () => {
  it('adds a valid folder to the list, startable like a bundled one', async () => {
    const result = valueOf(await backend.invoke('scenario.import', { id: 'my-checkout', files: checkoutFiles() }));
    expect(result.problems).toEqual([]);
    expect(result.imported).toMatchObject({ id: 'my-checkout', title: 'Checkout errors after a Friday deploy', duration: '15m' });
    const listed = valueOf(await backend.invoke('scenario.list', {})).map((s) => s.id);
    expect(listed).toEqual(expect.arrayContaining(['my-checkout', 'sale-day-search']));
    expect(valueOf(await backend.invoke('drill.start', { scenario: 'my-checkout' }))).toMatchObject({ scenario: 'my-checkout', version: result.imported!.version });
  });

  it('gives the same version as the folder read from disk, hidden files ignored', async () => {
    const onDisk = readScenarioFolder(bundledFolder('checkout-bad-deploy')).version;
    const files = { ...checkoutFiles(), '.DS_Store': 'junk', 'runbooks/.swp': 'junk' };
    expect(valueOf(await backend.invoke('scenario.import', { id: 'checkout-bad-deploy', files })).imported?.version).toBe(onDisk);
  });

  it('lists the problems of a broken folder with file and path, and adds nothing', async () => {
    const files = checkoutFiles();
    files['scenario.yaml'] = files['scenario.yaml']!.replace('duration: 15m', 'duration: fifteen minutes');
    const result = valueOf(await backend.invoke('scenario.import', { id: 'broken-checkout', files }));
    expect(result.imported).toBeUndefined();
    expect(result.problems).toContainEqual({ folder: 'broken-checkout', file: 'scenario.yaml', path: 'duration', reason: expect.stringMatching(/not a duration/) });
    expect(valueOf(await backend.invoke('scenario.list', {})).map((s) => s.id)).not.toContain('broken-checkout');
  });

  it('refuses a folder name that is not a scenario id, and a folder without scenario.yaml says so', async () => {
    expect(await backend.invoke('scenario.import', { id: 'My Scenario', files: checkoutFiles() })).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'id' } });
    const result = valueOf(await backend.invoke('scenario.import', { id: 'empty', files: { 'notes.md': 'hello' } }));
    expect(result.problems[0]).toMatchObject({ folder: 'empty', file: 'scenario.yaml' });
  });
});
