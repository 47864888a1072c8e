import { FS_ERROR_TEXT } from '../../fs/errors';
import { resolvePath } from '../../fs/path';
import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import { networkNames, resolveName } from './network';
import type { CertificateView } from './tls';
import { certificateView, fromPem, ISSUER, opensslDate, ROOT, toPem } from './tls';

/** The intermediate's own validity (Let's Encrypt R11). */
const INTERMEDIATE = 'v:NotBefore: Mar 13 00:00:00 2024 GMT; NotAfter: Mar 12 23:59:59 2027 GMT';

const fail = (stderr: string, exitCode = 1): CommandResult => ({ stdout: '', stderr, exitCode });

function verifyText(context: CommandContext, view: CertificateView): { code: number; text: string } {
  const now = context.world.startUnixMs + context.now;
  if (now > view.notAfterMs) return { code: 10, text: 'certificate has expired' };
  if (now < view.notBeforeMs) return { code: 9, text: 'certificate is not yet valid' };
  return { code: 0, text: 'ok' };
}

/** `openssl s_client -connect host:port [-servername name]`: the handshake, chain and verification. */
function sClient(args: readonly string[], context: CommandContext): CommandResult {
  let connect: string | undefined;
  let servername: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-connect') connect = args[++i];
    else if (a === '-servername') servername = args[++i];
    else if (!['-showcerts', '-brief', '-quiet', '-no_ign_eof', '-ign_eof'].includes(a)) return fail(`s_client: Unknown option: ${a}\ns_client: Use -help for summary.\n`);
  }
  const target = connect ?? 'localhost:4433';
  const [host, portText] = target.includes(':') ? [target.slice(0, target.lastIndexOf(':')), target.slice(target.lastIndexOf(':') + 1)] : [target, '443'];
  const world = context.world;
  const resolved = resolveName(world, host);
  if (resolved.status !== 'NOERROR') {
    return fail(`40E7E5F7B67F0000:error:10080002:BIO routines:BIO_lookup_ex:system lib:../crypto/bio/bio_addr.c:738:Name or service not known\nconnect:errno=0\n`);
  }
  const answer = resolved.answer;
  const certName = servername !== undefined && world.certificates.has(servername) ? servername : answer.kind === 'edge' ? answer.certificate : undefined;
  if (answer.kind !== 'edge' || portText !== '443' || certName === undefined) {
    return fail(`40F7A1C3A97F0000:error:8000006F:system library:BIO_connect:Connection refused:../crypto/bio/bio_sock2.c:114:calling connect()\n40F7A1C3A97F0000:error:10000067:BIO routines:BIO_connect:connect error:../crypto/bio/bio_sock2.c:116:\nconnect:errno=111\n`);
  }
  const view = certificateView(world.certificates.get(certName)!);
  const verify = verifyText(context, view);
  const leafVerify = verify.code === 0 ? '' : `verify error:num=${verify.code}:${verify.text}\nnotAfter=${opensslDate(view.notAfterMs)}\nverify return:1\n${`depth=0 ${view.subject}\nnotAfter=${opensslDate(view.notAfterMs)}\n`}`;
  const stderr = `depth=2 ${ROOT}\nverify return:1\ndepth=1 ${ISSUER}\nverify return:1\ndepth=0 ${view.subject}\n${leafVerify}verify return:1\n`;
  const stdout = [
    'CONNECTED(00000003)',
    '---',
    'Certificate chain',
    ` 0 s:${view.subject}`,
    `   i:${view.issuer}`,
    '   a:PKEY: id-ecPublicKey, 256 (bit); sigalg: RSA-SHA256',
    `   v:NotBefore: ${opensslDate(view.notBeforeMs)}; NotAfter: ${opensslDate(view.notAfterMs)}`,
    ` 1 s:${ISSUER}`,
    `   i:${ROOT}`,
    '   a:PKEY: rsaEncryption, 2048 (bit); sigalg: RSA-SHA256',
    `   ${INTERMEDIATE}`,
    '---',
    'Server certificate',
    toPem(view).trimEnd(),
    `subject=${view.subject}`,
    `issuer=${view.issuer}`,
    '---',
    'No client certificate CA names sent',
    'Peer signing digest: SHA256',
    'Peer signature type: ECDSA',
    'Server Temp Key: X25519, 253 bits',
    '---',
    'SSL handshake has read 2791 bytes and written 396 bytes',
    verify.code === 0 ? 'Verification: OK' : `Verification error: ${verify.text}`,
    '---',
    'New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384',
    'Server public key is 256 bit',
    'Secure Renegotiation IS NOT supported',
    'Compression: NONE',
    'Expansion: NONE',
    'No ALPN negotiated',
    'Early data was not sent',
    `Verify return code: ${verify.code} (${verify.text})`,
    '---',
    'DONE',
    '',
  ].join('\n');
  return { stdout, stderr, exitCode: 0 };
}

/** `openssl x509 [-in file] [-noout] [-dates] [-startdate] [-enddate] [-subject] [-issuer] [-checkend N]`. */
function x509(args: readonly string[], inv: CommandInvocation, context: CommandContext): CommandResult {
  const want: string[] = [];
  let noout = false;
  let input: string | undefined;
  let checkend: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-noout') noout = true;
    else if (a === '-in') input = args[++i];
    else if (a === '-checkend') checkend = Number(args[++i]);
    else if (['-dates', '-startdate', '-enddate', '-subject', '-issuer'].includes(a)) want.push(a);
    else return fail(`x509: Unknown option: ${a}\nx509: Use -help for summary.\n`);
  }
  let text = inv.stdin;
  const source = input ?? '<stdin>';
  if (input !== undefined) {
    const read = inv.fs.read(resolvePath(inv.cwd, input));
    if (!read.ok) return fail(`Could not open file or uri for loading certificate from ${input}: ${FS_ERROR_TEXT[read.error]}\n`);
    text = read.text;
  }
  const view = fromPem(text);
  if (!view) return fail(`Could not read certificate from ${source}\nUnable to load certificate\n`);
  const lines: string[] = [];
  for (const w of want) {
    if (w === '-subject') lines.push(`subject=${view.subject}`);
    if (w === '-issuer') lines.push(`issuer=${view.issuer}`);
    if (w === '-dates' || w === '-startdate') lines.push(`notBefore=${opensslDate(view.notBeforeMs)}`);
    if (w === '-dates' || w === '-enddate') lines.push(`notAfter=${opensslDate(view.notAfterMs)}`);
  }
  let exitCode = 0;
  if (checkend !== undefined) {
    const expires = view.notAfterMs < context.world.startUnixMs + context.now + checkend * 1000;
    lines.push(expires ? 'Certificate will expire' : 'Certificate will not expire');
    exitCode = expires ? 1 : 0;
  }
  const pem = noout ? '' : toPem(view);
  return { stdout: `${lines.map((l) => `${l}\n`).join('')}${pem}`, stderr: '', exitCode };
}

export const openssl: Command = {
  name: 'openssl',
  summary: 'OpenSSL tools: s_client to inspect a TLS endpoint, x509 to read a certificate',
  usage: 'openssl s_client -connect host:443 [-servername name] | openssl x509 -noout -dates',
  man: `NAME
       openssl - OpenSSL command line program

SYNOPSIS
       openssl s_client -connect host:port [-servername name] [-showcerts]
       openssl x509 [-in file] [-noout] [-dates] [-startdate] [-enddate] [-subject] [-issuer] [-checkend seconds]

DESCRIPTION
       s_client connects to a TLS server, prints the certificate chain, the server certificate (PEM) and the
       verification result; the chain's verification lines go to standard error. Use </dev/null so it
       returns at once.

       x509 reads a PEM certificate (from -in or standard input) and prints the fields asked for:
       -dates prints notBefore= and notAfter=; -checkend N exits 1 when it expires within N seconds.
`,
  flags: ['s_client', 'x509', '-connect', '-servername', '-showcerts', '-noout', '-dates', '-enddate', '-startdate', '-subject', '-issuer', '-checkend', '-in'],
  complete(words, partial, context) {
    if (words.length === 0) return ['s_client', 'x509'].filter((s) => s.startsWith(partial));
    if (words[words.length - 1] === '-connect') return [...context.world.certificates.keys()].map((c) => `${c}:443`).filter((c) => c.startsWith(partial));
    if (words[words.length - 1] === '-servername') return networkNames(context.world).filter((c) => c.startsWith(partial));
    return [];
  },
  run(inv, context) {
    const [sub, ...rest] = inv.args;
    if (sub === 's_client') return sClient(rest, context);
    if (sub === 'x509') return x509(rest, inv, context);
    if (sub === undefined) return fail('openssl: a subcommand is needed (s_client, x509)\n');
    return fail(`Invalid command '${sub}'; type "help" for a list.\n`);
  },
};
