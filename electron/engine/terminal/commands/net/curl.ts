import type { World } from '../../../sim/world';
import { FS_ERROR_TEXT } from '../../fs/errors';
import { resolvePath } from '../../fs/path';
import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import { parseArgv } from './argv';
import type { HttpResponse } from './http';
import { request } from './http';
import { certificateProblem } from './tls';
import { connectFailure, draw, networkNames, resolveName } from './network';

const OPTIONS = {
  switches: 'sSiIvfLk',
  valued: 'owmXHd',
  long: {
    silent: 's',
    'show-error': 'S',
    include: 'i',
    head: 'I',
    verbose: 'v',
    fail: 'f',
    location: 'L',
    insecure: 'k',
    output: 'o',
    'write-out': 'w',
    'max-time': 'm',
    request: 'X',
    header: 'H',
    data: 'd',
  },
};

type Url = { scheme: 'http' | 'https'; host: string; port: number; path: string };

function parseUrl(text: string): Url | undefined {
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([^#]*)/i.exec(text);
  if (!m) return undefined;
  const scheme = (m[1]?.toLowerCase() ?? 'http') as Url['scheme'];
  return { scheme, host: m[2]!, port: m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80, path: m[4] || '/' };
}

/** A failure as curl reports it: `curl: (N) text`, silenced by -s unless -S. */
type Failure = { code: number; text: string };

function httpDate(world: World, now: number): string {
  return new Date(world.startUnixMs + now).toUTCString();
}

function headerBlock(world: World, now: number, r: HttpResponse): string {
  const lines = [`HTTP/1.1 ${r.status} ${r.reason}`, 'content-type: application/json', `date: ${httpDate(world, now)}`, ...(r.pod ? [`x-served-by: ${r.pod}`] : []), `content-length: ${r.body.length}`];
  return `${lines.join('\n')}\n\n`;
}

/** `-w` formats: curl's %{variable}s and backslash escapes. */
function writeOut(format: string, url: Url, r: HttpResponse | undefined, ip: string, failedAfter?: number): string {
  const vars: Record<string, string> = {
    http_code: String(r?.status ?? 0).padStart(3, '0'),
    response_code: String(r?.status ?? 0).padStart(3, '0'),
    time_total: (r?.seconds ?? (failedAfter ?? 0) / 1000).toFixed(6),
    time_connect: (r?.connectSeconds ?? 0).toFixed(6),
    time_starttransfer: (r?.seconds ?? 0).toFixed(6),
    size_download: String(r?.body.length ?? 0),
    remote_ip: ip,
    url_effective: `${url.scheme}://${url.host}${url.port === (url.scheme === 'https' ? 443 : 80) ? '' : `:${url.port}`}${url.path}`,
  };
  return format.replace(/%\{([a-z_]+)\}/g, (all, name: string) => vars[name] ?? all).replace(/\\n/g, '\n').replace(/\\t/g, '\t');
}

type Exchange = { response: HttpResponse; ip: string } | { failure: Failure; ip: string; afterMs: number };

/** Connects and asks: DNS, TCP, TLS, then the application. */
function exchange(world: World, from: string, url: Url, method: string, maxMs: number | undefined, insecure: boolean, key: string): Exchange {
  const resolved = resolveName(world, url.host);
  if (resolved.status !== 'NOERROR') return { failure: { code: 6, text: `Could not resolve host: ${url.host}` }, ip: '', afterMs: 0 };
  const target = resolved.answer;
  const port = url.port;
  const refused = (ms: number): Exchange => ({ failure: { code: 7, text: `Failed to connect to ${url.host} port ${port} after ${ms} ms: Couldn't connect to server` }, ip: target.ip, afterMs: ms });
  const timedOut = (ms: number): Exchange => ({ failure: { code: 28, text: `Failed to connect to ${url.host} port ${port} after ${ms} ms: Timeout was reached` }, ip: target.ip, afterMs: ms });
  if (target.kind === 'host') return refused(Math.floor(draw(world, `refused:${key}`) * 3));
  if (target.kind === 'edge') {
    if (port !== 443 && port !== 80) return timedOut(maxMs ?? 130_000);
    const problem = url.scheme === 'https' && !insecure ? certificateProblem(world, target.certificate) : undefined;
    if (problem) return { failure: { code: 60, text: `SSL certificate problem: ${problem}\nMore details here: https://curl.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the web page mentioned above.` }, ip: target.ip, afterMs: 40 };
    const entry = [...world.services.values()].find((s) => s.spec.traffic !== undefined && s.instances.some((i) => i.ready));
    if (!entry) return { response: { status: 503, reason: 'Service Unavailable', body: 'no healthy upstream', seconds: 0.01, connectSeconds: 0.004 }, ip: target.ip };
    return { response: request(world, entry, method, url.path, key), ip: target.ip };
  }
  const service = target.service;
  const failure = port === 80 ? connectFailure(world, from, service) : 'refused';
  // Dropped SYNs: connect() gives up after the kernel's retries (about 130 s) unless -m ends it first.
  if (failure === 'dropped') return maxMs !== undefined ? timedOut(maxMs) : refused(129_000 + Math.floor(draw(world, `syn:${key}`) * 3000));
  if (failure === 'refused') return refused(Math.floor(draw(world, `refused:${key}`) * 3));
  const response = request(world, service, method, url.path, key);
  if (maxMs !== undefined && response.seconds * 1000 > maxMs) {
    return { failure: { code: 28, text: `Operation timed out after ${maxMs} milliseconds with 0 bytes received` }, ip: target.ip, afterMs: maxMs };
  }
  return { response, ip: target.ip };
}

function verboseTrace(url: Url, ip: string, method: string, r: HttpResponse): string {
  const request = [`*   Trying ${ip}:${url.port}...`, `* Connected to ${url.host} (${ip}) port ${url.port} (#0)`, `> ${method} ${url.path} HTTP/1.1`, `> Host: ${url.host}`, '> User-Agent: curl/7.88.1', '> Accept: */*', '> '];
  return `${request.join('\n')}\n< HTTP/1.1 ${r.status} ${r.reason}\n< content-type: application/json\n< content-length: ${r.body.length}\n< \n`;
}

function run(inv: CommandInvocation, context: CommandContext): CommandResult {
  const parsed = parseArgv(inv.args, OPTIONS);
  if (typeof parsed === 'string') return { stdout: '', stderr: `curl: ${parsed}\ncurl: try 'curl --help' or 'curl --manual' for more information\n`, exitCode: 2 };
  const o = parsed.options;
  const rawUrl = parsed.operands[0];
  if (rawUrl === undefined) return { stdout: '', stderr: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 };
  const url = parseUrl(rawUrl);
  if (!url) return { stdout: '', stderr: `curl: (3) URL using bad/illegal format or missing URL\n`, exitCode: 3 };
  const maxTime = o.get('m');
  const maxMs = maxTime === undefined ? undefined : Math.round(Number(maxTime) * 1000);
  if (maxMs !== undefined && !Number.isFinite(maxMs)) return { stdout: '', stderr: `curl: (2) option -m: expected a proper numerical parameter\n`, exitCode: 2 };
  const head = o.has('I');
  const method = head ? 'HEAD' : (o.get('X') ?? (o.has('d') ? 'POST' : 'GET'));
  const quiet = o.has('s') && !o.has('S');
  const result = exchange(context.world, inv.host, url, method, maxMs, o.has('k'), `${inv.host}:${inv.args.join(' ')}`);
  const writeFormat = o.get('w');
  if ('failure' in result) {
    const out = writeFormat === undefined ? '' : writeOut(writeFormat, url, undefined, result.ip, result.afterMs);
    return { stdout: out, stderr: quiet ? '' : `curl: (${result.failure.code}) ${result.failure.text}\n`, exitCode: result.failure.code };
  }
  const r = result.response;
  const written = writeFormat === undefined ? '' : writeOut(writeFormat, url, r, result.ip);
  if (o.has('f') && r.status >= 400) {
    return { stdout: written, stderr: quiet ? '' : `curl: (22) The requested URL returned error: ${r.status}\n`, exitCode: 22 };
  }
  let body = head ? headerBlock(context.world, context.now, r) : `${o.has('i') ? headerBlock(context.world, context.now, r) : ''}${r.body}`;
  const stderr = o.has('v') ? `${verboseTrace(url, result.ip, method, r)}* Connection #0 to host ${url.host} left intact\n` : '';
  const output = o.get('o');
  if (output !== undefined && output !== '-') {
    if (output !== '/dev/null') {
      const saved = inv.fs.write(resolvePath(inv.cwd, output), body, false);
      if (!saved.ok) return { stdout: '', stderr: quiet ? '' : `Warning: Failed to open the file ${output}: ${FS_ERROR_TEXT[saved.error]}\ncurl: (23) Failure writing output to destination\n`, exitCode: 23 };
    }
    body = '';
  }
  return { stdout: body + written, stderr, exitCode: 0 };
}

export const curl: Command = {
  name: 'curl',
  summary: 'transfer a URL: ask a service over HTTP',
  usage: 'curl [-sSiIvfk] [-o file] [-w format] [-m seconds] [-X method] <url>',
  man: `NAME
       curl - transfer a URL

SYNOPSIS
       curl [options] <url>

DESCRIPTION
       curl sends an HTTP request to a service (http://<service>[:port]/<path>; the scheme defaults to http)
       and prints the response body. Service names resolve through cluster DNS.

OPTIONS
       -s, --silent        Silent mode: no error messages (add -S to show them).
       -S, --show-error    With -s, still show an error when it fails.
       -i, --include       Include the response headers in the output.
       -I, --head          Fetch the headers only (a HEAD request).
       -v, --verbose       Show the connection and the request and response headers on stderr.
       -f, --fail          Fail silently (exit 22) on HTTP errors (status 400 and above).
       -k, --insecure      Do not verify the server's TLS certificate.
       -o, --output <file> Write the body to <file> instead of stdout (/dev/null discards it).
       -w, --write-out <format>
                           Print <format> after the transfer: %{http_code}, %{time_total}, %{time_connect},
                           %{time_starttransfer}, %{size_download}, %{remote_ip}, %{url_effective}.
       -m, --max-time <seconds>
                           Maximum time for the whole transfer (exit 28 when it runs out).
       -X, --request <method>
                           The request method to use.

EXIT STATUS
       6 could not resolve host; 7 failed to connect; 22 HTTP error with -f; 28 timeout; 60 bad TLS certificate.
`,
  flags: ['-s', '-S', '-i', '-I', '-v', '-f', '-k', '-o', '-w', '-m', '-X', '--silent', '--show-error', '--include', '--head', '--verbose', '--fail', '--insecure', '--output', '--write-out', '--max-time', '--request'],
  complete(_words, partial, context) {
    const prefix = partial.startsWith('http://') ? 'http://' : partial.startsWith('https://') ? 'https://' : '';
    return networkNames(context.world).map((n) => `${prefix}${n}`).filter((n) => n.startsWith(partial));
  },
  run,
};
