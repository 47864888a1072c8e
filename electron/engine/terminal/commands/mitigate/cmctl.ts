import type { CertificateState } from '../../../sim/world';
import type { Command, CommandContext, CommandInvocation, CommandResult } from '../../types';
import { done, failed } from './result';

/** cert-manager renews 30 days before expiry; a certificate is issued for 90. */
const RENEW_BEFORE_MS = 30 * 86_400_000;
const LIFETIME_MS = 90 * 86_400_000;

function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The Ready condition cert-manager reports for the certificate now. */
function ready(cert: CertificateState, nowUnix: number): string {
  if (cert.expiresAtUnixMs <= nowUnix) return `Ready: False, Reason: Expired, Message: Certificate expired on ${new Date(cert.expiresAtUnixMs).toUTCString()}`;
  return `Ready: True, Reason: Ready, Message: Certificate is up to date and has not expired`;
}

function status(cert: CertificateState, namespace: string, context: CommandContext): string {
  const nowUnix = context.world.startUnixMs + context.now;
  const lines = [`Name: ${cert.name}`, `Namespace: ${namespace}`, `Created at: ${iso(context.world.startUnixMs - 400 * 86_400_000)}`, 'Conditions:', `  ${ready(cert, nowUnix)}`];
  if (cert.renewingUntil !== undefined) lines.push('  Issuing: True, Reason: ManuallyTriggered, Message: Certificate re-issuance manually triggered');
  else if (cert.expiresAtUnixMs - RENEW_BEFORE_MS <= nowUnix) lines.push('  Issuing: False, Reason: Failed, Message: The certificate request has failed to complete and will be retried: ACME order "pending": challenge failed');
  lines.push(
    'DNS Names:',
    `- ${cert.name}`,
    'Issuer:',
    '  Name: letsencrypt-prod',
    '  Kind: ClusterIssuer',
    'Secret:',
    `  Name: ${cert.name.replace(/\./g, '-')}-tls`,
    '  Issuer Country: US',
    "  Issuer Organisation: Let's Encrypt",
    '  Issuer Common Name: R11',
    '  Key Usage: Digital Signature, Key Encipherment',
    '  Extended Key Usages: Server Authentication, Client Authentication',
    '  Public Key Algorithm: RSA',
    `  Not Before: ${iso(cert.expiresAtUnixMs - LIFETIME_MS)}`,
    `  Not After: ${iso(cert.expiresAtUnixMs)}`,
    `  Renewal Time: ${iso(cert.expiresAtUnixMs - RENEW_BEFORE_MS)}`,
  );
  return lines.join('\n');
}

function run({ args }: CommandInvocation, context: CommandContext): CommandResult {
  const words: string[] = [];
  let namespace = 'default';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-n' || arg === '--namespace') {
      const value = args[++i];
      if (value === undefined) return failed(`Error: flag needs an argument: ${arg === '-n' ? "'n' in -n" : '--namespace'}`);
      namespace = value;
    } else if (arg.startsWith('--namespace=')) namespace = arg.slice('--namespace='.length);
    else if (arg.startsWith('-')) return failed(`Error: unknown flag: ${arg}`);
    else words.push(arg);
  }
  const [verb, ...rest] = words;
  if (verb === undefined) return done(USAGE_TEXT);
  const name = verb === 'status' ? (rest[0] === 'certificate' ? rest[1] : undefined) : rest[0];
  if (verb === 'status' && rest[0] !== 'certificate') return failed(`Error: unknown command "${rest[0] ?? ''}" for "cmctl status"`);
  if (verb !== 'status' && verb !== 'renew') return failed(`Error: unknown command "${verb}" for "cmctl"\nRun 'cmctl --help' for usage.`);
  if (name === undefined) return failed(verb === 'renew' ? 'Error: please supply one or more Certificate resource names or use the --all flag to renew all Certificate resources' : 'Error: the name of the Certificate has to be provided as argument');
  const cert = context.world.certificates.get(name);
  if (!cert) return failed(`Error: certificates.cert-manager.io "${name}" not found`);
  if (verb === 'status') return done(status(cert, namespace, context));
  const result = context.operate('renew-certificate', name, {});
  if (!result.ok) return failed(`Error: ${result.output}`);
  return done(`Manually triggered issuance of Certificate ${namespace}/${name}`);
}

const USAGE_TEXT = [
  'cmctl is a CLI tool to manage and configure cert-manager resources for Kubernetes',
  '',
  'Usage: cmctl [command]',
  '',
  'Available Commands:',
  '  renew       Mark a Certificate for manual renewal',
  '  status      Get details on current status of cert-manager resources',
].join('\n');

export const cmctl: Command = {
  name: 'cmctl',
  summary: "cert-manager's CLI: a certificate's status and expiry, and renewing it now",
  usage: 'cmctl status certificate NAME [-n NS] | cmctl renew NAME [-n NS]',
  man: [
    'NAME\n       cmctl - manage cert-manager resources',
    'SYNOPSIS\n       cmctl status certificate NAME [-n NAMESPACE]\n       cmctl renew NAME [-n NAMESPACE]',
    'DESCRIPTION\n       status prints the Certificate\'s conditions (Ready, Issuing), its DNS names, issuer and the dates of the\n       certificate in its Secret. renew marks the Certificate for re-issuance now; the new certificate is\n       served once the ACME order completes (about a minute).',
    'OPTIONS\n       -n, --namespace NS   the Certificate\'s namespace',
  ].join('\n\n'),
  flags: ['-n', '--namespace'],
  complete(words, partial, context) {
    const operands = words.slice(1).filter((w, i, all) => !w.startsWith('-') && !['-n', '--namespace'].includes(all[i - 1] ?? ''));
    const certs = [...context.world.certificates.keys()];
    let candidates: string[] = [];
    if (operands.length === 0) candidates = ['renew', 'status'];
    else if (operands[0] === 'renew' && operands.length === 1) candidates = certs;
    else if (operands[0] === 'status' && operands.length === 1) candidates = ['certificate'];
    else if (operands[0] === 'status' && operands.length === 2) candidates = certs;
    return candidates.filter((c) => c.startsWith(partial)).sort();
  },
  run,
};
