import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, listScenarioDirs, readScenarioFolder } from './read-folder';

let root: string;
let dir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'firedrill-folder-'));
  dir = join(root, 'demo');
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  writeFileSync(join(dir, 'scenario.yaml'), 'title: demo\n');
  writeFileSync(join(dir, 'scripts', 'expert.json'), '[]');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readScenarioFolder', () => {
  it('names the scenario after its folder and keys files by forward-slash relative path', () => {
    const folder = readScenarioFolder(dir);
    expect(folder.id).toBe('demo');
    expect([...folder.files.keys()].sort()).toEqual(['scenario.yaml', 'scripts/expert.json']);
    expect(folder.files.get('scripts/expert.json')).toBe('[]');
  });

  it('skips hidden files, which do not change the version', () => {
    const before = readScenarioFolder(dir).version;
    writeFileSync(join(dir, '.DS_Store'), 'junk');
    const after = readScenarioFolder(dir);
    expect(after.files.has('.DS_Store')).toBe(false);
    expect(after.version).toBe(before);
  });

  it.each([
    ['an edit to scenario.yaml', () => writeFileSync(join(dir, 'scenario.yaml'), 'title: demo 2\n')],
    ['an edit to a file beside it', () => writeFileSync(join(dir, 'scripts', 'expert.json'), '[ ]')],
    ['a new file', () => writeFileSync(join(dir, 'runbook.md'), '')],
    ['a renamed file', () => renameSync(join(dir, 'scripts', 'expert.json'), join(dir, 'scripts', 'novice.json'))],
  ])('makes a new version on %s', (_name, change) => {
    const before = readScenarioFolder(dir).version;
    change();
    expect(readScenarioFolder(dir).version).not.toBe(before);
  });
});

describe('contentHash', () => {
  it('does not depend on the order files were read in', () => {
    const a = new Map([['a.yaml', '1'], ['b.json', '2']]);
    const b = new Map([['b.json', '2'], ['a.yaml', '1']]);
    expect(contentHash(a)).toBe(contentHash(b));
  });

  it('keeps paths and contents apart', () => {
    expect(contentHash(new Map([['ab', 'c']]))).not.toBe(contentHash(new Map([['a', 'bc']])));
  });
});

describe('listScenarioDirs', () => {
  it('lists visible folders only, sorted', () => {
    mkdirSync(join(root, 'alpha'));
    mkdirSync(join(root, '.hidden'));
    writeFileSync(join(root, 'notes.txt'), '');
    expect(listScenarioDirs(root)).toEqual([join(root, 'alpha'), join(root, 'demo')]);
  });
});
