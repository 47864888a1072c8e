import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAlertmanagerConfig } from './config';

const AMTOOL = '/usr/bin/amtool';
const SCENARIOS = fileURLToPath(new URL('../../../../scenarios', import.meta.url));
const bundled = readdirSync(SCENARIOS)
  .map((id) => join(SCENARIOS, id, 'alertmanager.yml'))
  .filter((file) => existsSync(file));

function amtoolAccepts(file: string): boolean {
  try {
    execFileSync(AMTOOL, ['check-config', file], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe("the bundled scenarios' alertmanager.yml", () => {
  it('there is at least one, and our parser accepts each', () => {
    expect(bundled.length).toBeGreaterThan(0);
    for (const file of bundled) expect(parseAlertmanagerConfig(readFileSync(file, 'utf8'))).toMatchObject({ ok: true });
  });
});

const missing = !existsSync(AMTOOL);
describe.skipIf(missing)(`real amtool check-config${missing ? ` (skipped: ${AMTOOL} is not installed)` : ''}`, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'firedrill-amtool-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it.each(bundled)('accepts %s', (file) => {
    expect(amtoolAccepts(file)).toBe(true);
  });

  it('agrees with our parser that a route to an undefined receiver is an error', () => {
    const text = 'route:\n  receiver: a\n  routes:\n    - receiver: nowhere\nreceivers:\n  - name: a\n';
    const file = join(tmp, 'bad.yml');
    writeFileSync(file, text);
    const ours = parseAlertmanagerConfig(text);
    expect(ours).toMatchObject({ ok: false, errors: [{ reason: 'undefined receiver "nowhere" used in route' }] });
    expect(amtoolAccepts(file)).toBe(false);
  });
});
