import { describe, expect, it } from 'vitest';
import { memoryFs } from '../../../testing/memory-fs';
import { curl } from './curl';
import { dig, nslookup } from './dig';
import { NET_COMMANDS } from './index';
import { MINUTE, netDrill } from './net-test-kit';
import { openssl } from './openssl';
import { ping } from './ping';

const dnsFault = { id: 'dns', kind: 'dns-failure', target: 'payments', trigger: { at: '1m' } };
const downFault = { id: 'down', kind: 'dependency-down', target: 'payments', trigger: { at: '1m' } };
const partition = { id: 'cut', kind: 'network-partition', target: 'api->payments', trigger: { at: '1m' } };
const dbDown = { id: 'db', kind: 'database-down', target: 'orders-db', trigger: { at: '1m' } };

/** A healthy estate two minutes in (traffic, pools and caches settled). */
function healthy() {
  const d = netDrill();
  d.until(2 * MINUTE);
  return d;
}

describe('curl', () => {
  const d = healthy();
  const cases: { line: string[]; host?: string; stdout: RegExp | string; stderr?: RegExp | string; exitCode: number }[] = [
    { line: ['-s', 'http://api/health'], stdout: '{"status":"ok"}\n', exitCode: 0 },
    { line: ['api/healthz'], stdout: '{"status":"ok"}\n', exitCode: 0 },
    { line: ['-s', '-o', '/dev/null', '-w', '%{http_code}\\n', 'http://api/api/items'], stdout: '200\n', exitCode: 0 },
    { line: ['-s', '-w', '%{http_code} %{time_total} %{time_connect}\\n', '-o', '/dev/null', 'http://payments.default.svc.cluster.local/'], stdout: /^200 0\.0\d{5} 0\.000\d{3}\n$/, exitCode: 0 },
    { line: ['-I', 'http://api/health'], stdout: /^HTTP\/1\.1 200 OK\ncontent-type: application\/json\ndate: Fri, 13 Mar 2026 10:02:00 GMT\nx-served-by: api-[a-z0-9]+-[a-z0-9]{5}\ncontent-length: 16\n\n$/, exitCode: 0 },
    { line: ['-i', 'http://api/nope'], stdout: /^HTTP\/1\.1 404 Not Found\n[\s\S]*\n\n\{"error":"not found"\}\n$/, exitCode: 0 },
    { line: ['-f', 'http://api/nope'], stdout: '', stderr: 'curl: (22) The requested URL returned error: 404\n', exitCode: 22 },
    { line: ['http://nosuch/'], stdout: '', stderr: 'curl: (6) Could not resolve host: nosuch\n', exitCode: 6 },
    { line: ['-s', 'http://nosuch/'], stdout: '', stderr: '', exitCode: 6 },
    { line: ['-sS', 'http://nosuch/'], stdout: '', stderr: 'curl: (6) Could not resolve host: nosuch\n', exitCode: 6 },
    { line: ['http://api:8080/health'], stdout: '', stderr: /^curl: \(7\) Failed to connect to api port 8080 after \d ms: Couldn't connect to server\n$/, exitCode: 7 },
    { line: ['http://node-a/'], stdout: '', stderr: /^curl: \(7\) Failed to connect to node-a port 80 after \d ms: Couldn't connect to server\n$/, exitCode: 7 },
    { line: ['-v', 'http://api/health'], stdout: '{"status":"ok"}\n', stderr: /^\* {3}Trying 10\.\d+\.\d+\.\d+:80\.\.\.\n\* Connected to api \(10[.\d]+\) port 80 \(#0\)\n> GET \/health HTTP\/1\.1\n> Host: api\n[\s\S]*< HTTP\/1\.1 200 OK\n[\s\S]*\* Connection #0 to host api left intact\n$/, exitCode: 0 },
    { line: ['-s', 'https://shop.example.com/health'], stdout: '{"status":"ok"}\n', exitCode: 0 },
    { line: [], stdout: '', stderr: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 },
    { line: ['-Z', 'http://api/'], stdout: '', stderr: /^curl: invalid option -- 'Z'\n/, exitCode: 2 },
  ];
  it.each(cases)('curl $line', ({ line, host, stdout, stderr, exitCode }) => {
    const r = d.run(curl, line, host ? { host } : {});
    expect(r.exitCode).toBe(exitCode);
    if (typeof stdout === 'string') expect(r.stdout).toBe(stdout);
    else expect(r.stdout).toMatch(stdout);
    if (typeof stderr === 'string') expect(r.stderr).toBe(stderr);
    else if (stderr) expect(r.stderr).toMatch(stderr);
  });

  it('writes the body to a file with -o', () => {
    const fs = memoryFs({ '/home/oncall/.keep': '' });
    expect(d.run(curl, ['-s', '-o', 'health.json', 'http://api/health'], { fs })).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(fs.files.get('/home/oncall/health.json')).toBe('{"status":"ok"}\n');
  });

  it('draws statuses deterministically from the error ratio: the same line at the same time answers the same', () => {
    const d2 = netDrill([{ id: 'bad', kind: 'config-error', target: 'api', trigger: { at: '1m' }, params: { key: 'DB_POOL', value: '0', error_ratio: 0.5 } }]);
    d2.until(3 * MINUTE);
    const codes = Array.from({ length: 40 }, (_, i) => d2.run(curl, ['-s', '-o', '/dev/null', '-w', '%{http_code}', `http://api/api/items?i=${i}`]).stdout);
    const failed = codes.filter((c) => c.startsWith('5')).length;
    expect(failed).toBeGreaterThan(5);
    expect(failed).toBeLessThan(35);
    expect(d2.run(curl, ['-s', '-o', '/dev/null', '-w', '%{http_code}', 'http://api/api/items?i=3']).stdout).toBe(codes[3]);
  });

  it('times out with -m when the service answers slower than the limit', () => {
    const d2 = netDrill([{ id: 'slow', kind: 'dependency-slow', target: 'payments', trigger: { at: '1m' }, params: { factor: 200 } }]);
    d2.until(2 * MINUTE);
    const r = d2.run(curl, ['-m', '2', 'http://payments/api/items']);
    expect(r).toEqual({ stdout: '', stderr: 'curl: (28) Operation timed out after 2000 milliseconds with 0 bytes received\n', exitCode: 28 });
  });

  it('completes services, hosts and TLS names, keeping the scheme typed', () => {
    const c = d.context;
    expect(curl.complete!([], 'http://pay', c)).toEqual(['http://payments', 'http://payments.default.svc.cluster.local']);
    expect(ping.complete!([], 'node-', c)).toEqual(['node-a', 'node-b']);
    expect(dig.complete!([], 'shop', c)).toEqual(['shop.example.com']);
  });
});

describe('ping', () => {
  const d = healthy();
  it('prints a reply per packet and the statistics block', () => {
    const r = d.run(ping, ['-c', '3', 'api']);
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^PING api\.default\.svc\.cluster\.local \(10[.\d]+\) 56\(84\) bytes of data\.$/);
    for (const [i, line] of lines.slice(1, 4).entries()) expect(line).toMatch(new RegExp(`^64 bytes from api\\.default\\.svc\\.cluster\\.local \\(10[.\\d]+\\): icmp_seq=${i + 1} ttl=64 time=0\\.\\d{3} ms$`));
    expect(lines.slice(4)).toEqual(['', '--- api.default.svc.cluster.local ping statistics ---', expect.stringMatching(/^3 packets transmitted, 3 received, 0% packet loss, time 200\dms$/), expect.stringMatching(/^rtt min\/avg\/max\/mdev = [\d.]+\/[\d.]+\/[\d.]+\/[\d.]+ ms$/), '']);
  });

  it('pings a host by address', () => {
    expect(d.run(ping, ['-c', '1', '10.0.1.10']).stdout).toMatch(/^PING 10\.0\.1\.10 \(10\.0\.1\.10\) 56\(84\) bytes of data\.\n64 bytes from 10\.0\.1\.10: icmp_seq=1 ttl=64 time=/);
  });

  it.each([
    [['-c', '2', 'nosuch'], 'ping: nosuch: Name or service not known\n', 2],
    [[], 'ping: usage error: Destination address required\n', 1],
    [['-c', '0', 'api'], "ping: invalid argument: '0': out of range: 1 <= value <= 9223372036854775807\n", 1],
  ])('ping %j fails as iputils does', (args, stderr, exitCode) => {
    expect(d.run(ping, args)).toEqual({ stdout: '', stderr, exitCode });
  });

  it('without -c follows, one packet per second of sim time', () => {
    const r = d.run(ping, ['node-b']);
    expect(r.stdout).toBe(`PING node-b (10.0.1.11) 56(84) bytes of data.\n`);
    d.until(2 * MINUTE + 3000);
    const next = r.follow!.next(d.context);
    expect(next.done).toBe(false);
    expect(next.text.match(/icmp_seq=/g)).toHaveLength(4);
  });
});

describe('dig and nslookup', () => {
  const d = healthy();
  it('answers a service FQDN with its ClusterIP, in dig’s sections', () => {
    const r = d.run(dig, ['api.default.svc.cluster.local']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^\n; <<>> DiG 9\.18\.24-1-Debian <<>> api\.default\.svc\.cluster\.local\n;; global options: \+cmd\n;; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: \d+\n;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n/);
    expect(r.stdout).toContain(';; QUESTION SECTION:\n;api.default.svc.cluster.local.\t\t\tIN\tA\n\n;; ANSWER SECTION:\napi.default.svc.cluster.local.\t30\tIN\tA\t10.');
    expect(r.stdout).toMatch(/;; Query time: 0 msec\n;; SERVER: 10\.96\.0\.10#53\(10\.96\.0\.10\) \(UDP\)\n;; WHEN: Fri Mar 13 10:02:00 UTC 2026\n;; MSG SIZE {2}rcvd: \d+\n\n$/);
  });

  it('+short prints the address only; the same as kubectl’s ClusterIP and curl’s remote_ip', () => {
    const ip = d.run(dig, ['+short', 'api.default.svc.cluster.local']).stdout;
    expect(ip).toMatch(/^10\.\d+\.\d+\.\d+\n$/);
    expect(d.run(curl, ['-s', '-o', '/dev/null', '-w', '%{remote_ip}\\n', 'http://api/health']).stdout).toBe(ip);
  });

  it('asks a bare name as written (NXDOMAIN) unless +search', () => {
    expect(d.run(dig, ['api']).stdout).toContain('status: NXDOMAIN');
    expect(d.run(dig, ['api']).stdout).toContain(';; AUTHORITY SECTION:\ncluster.local.\t\t30\tIN\tSOA\t');
    expect(d.run(dig, ['+search', '+short', 'api']).stdout).toBe(d.run(dig, ['+short', 'api.default.svc.cluster.local']).stdout);
  });

  it('nslookup uses the search list', () => {
    const r = d.run(nslookup, ['payments']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^Server:\t\t10\.96\.0\.10\nAddress:\t10\.96\.0\.10#53\n\nName:\tpayments\.default\.svc\.cluster\.local\nAddress: 10[.\d]+\n\n$/);
    expect(d.run(nslookup, ['nosuch'])).toEqual({ stdout: "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n** server can't find nosuch: NXDOMAIN\n\n", stderr: '', exitCode: 1 });
  });

  it('rejects unknown options', () => {
    expect(d.run(dig, ['+bogus', 'api']).exitCode).toBe(1);
  });
});

describe('openssl', () => {
  const d = healthy();
  it('s_client shows the chain and verifies; x509 reads its PEM from a pipe', () => {
    const r = d.run(openssl, ['s_client', '-connect', 'shop.example.com:443', '-servername', 'shop.example.com']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^CONNECTED\(00000003\)\n---\nCertificate chain\n 0 s:CN = shop\.example\.com\n {3}i:C = US, O = Let's Encrypt, CN = R11\n/);
    expect(r.stdout).toContain('Verify return code: 0 (ok)\n---\nDONE\n');
    expect(r.stderr).toBe("depth=2 C = US, O = Internet Security Research Group, CN = ISRG Root X1\nverify return:1\ndepth=1 C = US, O = Let's Encrypt, CN = R11\nverify return:1\ndepth=0 CN = shop.example.com\nverify return:1\n");
    expect(d.run(openssl, ['x509', '-noout', '-dates'], { stdin: r.stdout })).toEqual({ stdout: 'notBefore=Jan 12 10:00:00 2026 GMT\nnotAfter=Apr 12 10:00:00 2026 GMT\n', stderr: '', exitCode: 0 });
    expect(d.run(openssl, ['x509', '-noout', '-subject', '-issuer', '-checkend', '86400'], { stdin: r.stdout }).stdout).toBe("subject=CN = shop.example.com\nissuer=C = US, O = Let's Encrypt, CN = R11\nCertificate will not expire\n");
  });

  it.each([
    [['x509', '-noout', '-dates'], 'Could not read certificate from <stdin>\nUnable to load certificate\n'],
    [['s_client', '-connect', 'nosuch:443'], /BIO_lookup_ex:system lib.*Name or service not known\nconnect:errno=0\n$/],
    [['s_client', '-connect', 'api:443'], /Connection refused[\s\S]*connect:errno=111\n$/],
    [['req'], `Invalid command 'req'; type "help" for a list.\n`],
  ])('openssl %j fails', (args, stderr) => {
    const r = d.run(openssl, args);
    expect(r.exitCode).toBe(1);
    if (typeof stderr === 'string') expect(r.stderr).toBe(stderr);
    else expect(r.stderr).toMatch(stderr);
  });
});

describe('transcript: a DNS failure', () => {
  it('dig fails with SERVFAIL, curl with (6), the health check names it; restore-dns brings the name back', () => {
    const d = netDrill([dnsFault]);
    d.until(2 * MINUTE);
    const fqdn = 'payments.default.svc.cluster.local';
    const answer = d.run(dig, [fqdn]);
    expect(answer.stdout).toContain('status: SERVFAIL');
    expect(answer.stdout).toContain(';; flags: qr rd; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1');
    expect(answer.stdout).not.toContain('ANSWER SECTION');
    expect(d.run(dig, ['+short', fqdn]).stdout).toBe('');
    expect(d.run(nslookup, ['payments']).stdout).toContain(`** server can't find ${fqdn}: SERVFAIL`);
    expect(d.run(curl, ['http://payments/health'])).toEqual({ stdout: '', stderr: 'curl: (6) Could not resolve host: payments\n', exitCode: 6 });
    expect(d.run(ping, ['-c', '1', 'payments'])).toEqual({ stdout: '', stderr: 'ping: payments: Temporary failure in name resolution\n', exitCode: 2 });
    // The caller is up but degraded, and says which dependency fails.
    const health = d.run(curl, ['-s', '-i', 'http://api/health']);
    expect(health.stdout).toMatch(/^HTTP\/1\.1 503 Service Unavailable\n/);
    expect(JSON.parse(health.stdout.split('\n\n')[1]!)).toEqual({ status: 'degraded', checks: { 'orders-db': 'ok', sessions: 'ok', payments: 'no such host' } });
    // Other names still resolve.
    expect(d.run(dig, ['+short', 'api.default.svc.cluster.local']).stdout).toMatch(/^10\./);

    expect(d.context.operate('restore-dns', 'payments', {}).ok).toBe(true);
    d.until(3 * MINUTE);
    expect(d.run(dig, ['+short', fqdn]).stdout).toMatch(/^10\./);
    expect(d.run(curl, ['-s', 'http://payments/health'])).toEqual({ stdout: '{"status":"ok"}\n', stderr: '', exitCode: 0 });
    expect(d.run(curl, ['-s', 'http://api/health']).stdout).toBe('{"status":"ok"}\n');
  });
});

describe('transcript: an unreachable dependency and a partition', () => {
  it('dependency-down: connect fails (7) after the SYN retries, or (28) with -m; ping loses every packet', () => {
    const d = netDrill([downFault]);
    d.until(2 * MINUTE);
    expect(d.run(curl, ['http://payments/health']).stderr).toMatch(/^curl: \(7\) Failed to connect to payments port 80 after 1\d{5} ms: Couldn't connect to server\n$/);
    expect(d.run(curl, ['-m', '5', 'http://payments/health'])).toEqual({ stdout: '', stderr: "curl: (28) Failed to connect to payments port 80 after 5000 ms: Timeout was reached\n", exitCode: 28 });
    const lost = d.run(ping, ['-c', '3', 'payments']);
    expect(lost.exitCode).toBe(1);
    expect(lost.stdout).toMatch(/\n3 packets transmitted, 0 received, 100% packet loss, time 200\dms\n$/);
    expect(lost.stdout).not.toContain('rtt');
  });

  it('a partition drops traffic from the caller’s nodes only', () => {
    const d = netDrill([partition]);
    d.until(2 * MINUTE);
    expect(d.run(curl, ['-s', 'http://payments/health'])).toEqual({ stdout: '{"status":"ok"}\n', stderr: '', exitCode: 0 });
    expect(d.run(curl, ['-m', '3', 'http://payments/health'], { host: 'node-a' }).exitCode).toBe(28);
    expect(JSON.parse(d.run(curl, ['-s', 'http://api/health']).stdout).checks.payments).toBe('i/o timeout');
  });

  it('a database outage shows in the caller’s health check and its 5xx answers', () => {
    const d = netDrill([dbDown]);
    d.until(2 * MINUTE);
    expect(JSON.parse(d.run(curl, ['-s', 'http://api/health']).stdout)).toEqual({ status: 'degraded', checks: { 'orders-db': 'connection refused', sessions: 'ok', payments: 'ok' } });
    const codes = Array.from({ length: 10 }, (_, i) => d.run(curl, ['-s', '-w', '%{http_code}', '-o', '/dev/null', `http://api/api/items?n=${i}`]).stdout);
    expect(codes.filter((c) => c === '500').length).toBeGreaterThan(7);
    expect(d.run(curl, ['-s', 'http://api/api/items?n=0']).stdout).toBe('{"error":"connection to orders-db refused"}\n');
  });
});

describe('transcript: certificate expiry', () => {
  it('openssl shows notAfter in the past and error 10; curl fails (60) until the renewal lands', () => {
    const d = netDrill([{ id: 'cert', kind: 'certificate-expiry', target: 'shop.example.com', trigger: { at: '1m' } }]);
    d.until(2 * MINUTE);
    const s = d.run(openssl, ['s_client', '-connect', 'shop.example.com:443']);
    expect(s.stderr).toContain('depth=0 CN = shop.example.com\nverify error:num=10:certificate has expired\nnotAfter=Mar 13 10:01:00 2026 GMT\nverify return:1\n');
    expect(s.stdout).toContain('Verification error: certificate has expired\n');
    expect(s.stdout).toContain('Verify return code: 10 (certificate has expired)\n');
    expect(d.run(openssl, ['x509', '-noout', '-enddate'], { stdin: s.stdout }).stdout).toBe('notAfter=Mar 13 10:01:00 2026 GMT\n');
    expect(d.run(openssl, ['x509', '-noout', '-checkend', '0'], { stdin: s.stdout })).toEqual({ stdout: 'Certificate will expire\n', stderr: '', exitCode: 1 });
    const fail = d.run(curl, ['https://shop.example.com/']);
    expect(fail.exitCode).toBe(60);
    expect(fail.stderr).toMatch(/^curl: \(60\) SSL certificate problem: certificate has expired\nMore details here: https:\/\/curl\.se\/docs\/sslcerts\.html\n/);
    expect(d.run(curl, ['-sk', 'https://shop.example.com/health']).exitCode).toBe(0);

    expect(d.context.operate('renew-certificate', 'shop.example.com', {}).ok).toBe(true);
    d.until(4 * MINUTE);
    const renewed = d.run(openssl, ['s_client', '-connect', 'shop.example.com:443']);
    expect(renewed.stdout).toContain('Verify return code: 0 (ok)');
    expect(d.run(openssl, ['x509', '-noout', '-enddate'], { stdin: renewed.stdout }).stdout).toMatch(/^notAfter=Jun 11 10:0\d:\d\d 2026 GMT\n$/);
    expect(d.run(curl, ['-s', 'https://shop.example.com/health']).exitCode).toBe(0);
  });
});

describe('NET_COMMANDS', () => {
  it('gives every command a summary, usage and man page', () => {
    expect(NET_COMMANDS.map((c) => c.name)).toEqual(['curl', 'ping', 'dig', 'nslookup', 'openssl']);
    for (const c of NET_COMMANDS) {
      expect(c.summary.length).toBeGreaterThan(5);
      expect(c.usage.length).toBeGreaterThan(5);
      expect(c.man).toMatch(/^NAME\n/);
    }
  });
});
