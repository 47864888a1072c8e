// The side-by-side check against a real Prometheus (scripts/compare-prometheus.mjs) on a drill's export and the
// dashboard queries of scripts/compare-queries.json. Needs /usr/bin/prometheus and /usr/bin/promtool.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROMETHEUS = process.env.PROMETHEUS ?? '/usr/bin/prometheus';
const PROMTOOL = process.env.PROMTOOL ?? '/usr/bin/promtool';
const available = existsSync(PROMETHEUS) && existsSync(PROMTOOL);

describe('PromQL engine against Prometheus', () => {
  if (!available) {
    it.skip(`matches Prometheus on checkout-bad-deploy: skipped, ${PROMETHEUS} or ${PROMTOOL} is not installed`, () => {});
    return;
  }
  it('matches Prometheus on checkout-bad-deploy (last hour of the export, scripts/compare-queries.json)', { timeout: 120_000 }, () => {
    const tmp = mkdtempSync(join(tmpdir(), 'firedrill-compare-test-'));
    try {
      const data = join(tmp, 'checkout.om');
      const exported = spawnSync(process.execPath, [join(ROOT, 'bin', 'firedrill.mjs'), 'drill', 'export', 'checkout-bad-deploy', '--format', 'openmetrics', '--out', data], { encoding: 'utf8' });
      expect(exported.status, exported.stderr).toBe(0);
      const compared = spawnSync(process.execPath, [join(ROOT, 'scripts', 'compare-prometheus.mjs'), data, join(ROOT, 'scripts', 'compare-queries.json')], {
        encoding: 'utf8',
        maxBuffer: 16 << 20,
      });
      expect(compared.status, `${compared.stdout}\n${compared.stderr}`).toBe(0);
      expect(compared.stdout).toMatch(/^(\d+) of \1 queries match Prometheus/m);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
