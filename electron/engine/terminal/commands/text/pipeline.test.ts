import { describe, expect, it } from 'vitest';
import { awk } from './awk/awk';
import { cat } from './cat';
import { cut } from './cut';
import { grep } from './grep';
import { head } from './head';
import { jq } from './jq/jq';
import { sort } from './sort';
import { pipeline } from './table-cases';
import { tail } from './tail';
import { tr } from './tr';
import { uniq } from './uniq';
import { wc } from './wc';

/** What `kubectl logs` prints: one ECS JSON event per line. */
const POD_LOGS = [
  ['info', 'GET /cart', 200],
  ['error', 'POST /checkout', 500],
  ['info', 'GET /health', 200],
  ['error', 'POST /checkout', 503],
  ['warn', 'GET /search', 429],
  ['error', 'POST /checkout', 500],
]
  .map(([level, message, status], i) => JSON.stringify({ '@timestamp': `2026-03-13T10:00:0${i}Z`, 'log.level': level, message: `${message} ${status}`, 'http.response.status_code': status }))
  .join('\n') + '\n';

const ACCESS = ['10.0.0.1 - - [13/Mar/2026:10:00:01 +0000] "GET /cart HTTP/1.1" 200 12', '10.0.0.2 - - [13/Mar/2026:10:00:02 +0000] "POST /checkout HTTP/1.1" 500 5', '10.0.0.2 - - [13/Mar/2026:10:00:03 +0000] "POST /checkout HTTP/1.1" 500 5', '10.0.0.3 - - [13/Mar/2026:10:00:04 +0000] "GET /cart HTTP/1.1" 502 0'].join('\n') + '\n';
const files = { '/var/log/nginx/access.log': ACCESS };

describe('pipelines (each stdout fed to the next stdin, as the shell does)', () => {
  it('kubectl logs … | grep -c error', () => {
    expect(pipeline([[grep, ['-c', 'error']]], POD_LOGS)).toEqual({ stdout: '3\n', stderr: '', exitCode: 0 });
  });

  it("kubectl logs … | jq -r 'select(.\"log.level\" == \"error\") | .message' | sort | uniq -c | sort -rn", () => {
    const result = pipeline([[jq, ['-r', 'select(.["log.level"] == "error") | .message']], [sort, []], [uniq, ['-c']], [sort, ['-rn']]], POD_LOGS);
    expect(result.stdout).toBe('      2 POST /checkout 500\n      1 POST /checkout 503\n');
  });

  it("awk '{print $9}' access.log | sort | uniq -c | sort -rn | head -1", () => {
    const result = pipeline([[awk, ['{print $9}', '/var/log/nginx/access.log']], [sort, []], [uniq, ['-c']], [sort, ['-rn']], [head, ['-1']]], '', files);
    expect(result.stdout).toBe('      2 500\n');
  });

  it('cat access.log | grep -E " 5[0-9]{2} " | cut -d" " -f1 | sort -u | wc -l', () => {
    const result = pipeline([[cat, ['/var/log/nginx/access.log']], [grep, ['-E', '" 5[0-9]{2} ']], [cut, ['-d', ' ', '-f1']], [sort, ['-u']], [wc, ['-l']]], '', files);
    expect(result.stdout).toBe('2\n');
  });

  it('tail -n 2 access.log | awk \'{s += $NF} END {print s}\'', () => {
    expect(pipeline([[tail, ['-n', '2', '/var/log/nginx/access.log']], [awk, ['{s += $NF} END {print s}']]], '', files).stdout).toBe('5\n');
  });

  it("grep -o '\"log.level\":\"[a-z]*\"' | cut -d: -f2 | tr -d '\"' | sort | uniq -c", () => {
    const result = pipeline([[grep, ['-o', '"log.level":"[a-z]*"']], [cut, ['-d:', '-f2']], [tr, ['-d', '"']], [sort, []], [uniq, ['-c']]], POD_LOGS);
    expect(result.stdout).toBe('      3 error\n      2 info\n      1 warn\n');
  });

  it('a failing stage ends the chain with its own status, as the last command of a pipeline', () => {
    const result = pipeline([[grep, ['nothing-matches']], [wc, ['-l']]], POD_LOGS);
    expect(result).toEqual({ stdout: '0\n', stderr: '', exitCode: 0 });
  });
});
