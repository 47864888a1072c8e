import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-testing';

const dir = mkdtempSync(join(tmpdir(), 'fd-bundle-'));
const db = join(dir, 'student.db');

beforeAll(async () => {
  await runCli('drill', 'play', 'checkout-bad-deploy', '--db', db);
}, 60_000);

describe('firedrill attempt export', () => {
  it('writes the same bytes twice, signed with --key', async () => {
    const a = join(dir, 'a.firedrill.json');
    const b = join(dir, 'b.firedrill.json');
    expect((await runCli('attempt', 'export', '--db', db, '--attempt', '1', '--out', a, '--key', 'k')).code).toBe(0);
    expect((await runCli('attempt', 'export', '--db', db, '--attempt', '1', '--out', b, '--key', 'k')).code).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    expect(JSON.parse(readFileSync(a, 'utf8'))).toMatchObject({ format: 'firedrill-attempt-bundle', signature: { algorithm: 'hmac-sha256' } });
  });

  it('names the problem: no such attempt, no database, no --out', async () => {
    expect(await runCli('attempt', 'export', '--db', db, '--attempt', '9', '--out', join(dir, 'x.json'))).toMatchObject({ code: 1, err: [`${db}: no attempt 9`] });
    expect(await runCli('attempt', 'export', '--db', join(dir, 'no.db'), '--attempt', '1', '--out', join(dir, 'x.json'))).toMatchObject({ code: 1, err: [`${join(dir, 'no.db')}: no such database`] });
    expect(await runCli('attempt', 'export', '--db', db, '--attempt', '1')).toMatchObject({ code: 2 });
  });
});
