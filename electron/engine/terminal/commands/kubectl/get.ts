import { formatTable } from '../../table';
import type { CommandContext, CommandResult } from '../../types';
import { scopeOf, selectorMatcher } from './cluster';
import type { Scope } from './cluster';
import { flagOn } from './flags';
import type { ParsedArgs } from './flags';
import { fail, ok } from './format';
import { kindNamed } from './kinds';
import type { Kind, Listed } from './kinds';
import type { Subcommand } from './subcommand';
import { watchRows, watchedList } from './watch';
import { listOf, toYaml } from './yaml';

const PRINTERS = 'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

const MISSING_TYPE = [
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.',
  '',
  'error: Required resource not specified.',
  'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).',
  "See 'kubectl get -h' for help and examples",
].join('\n');

/** `TYPE NAME…` or `TYPE/NAME…`: the kind and the names asked for, or kubectl's error. */
export function typeAndNames(words: readonly string[]): { kind: Kind; names: string[] } | string {
  const [first, ...rest] = words;
  if (first === undefined) return MISSING_TYPE;
  const slash = first.indexOf('/');
  const typeWord = slash < 0 ? first : first.slice(0, slash);
  const kind = kindNamed(typeWord);
  if (!kind) return `error: the server doesn't have a resource type "${typeWord}"`;
  if (slash < 0) return { kind, names: rest };
  const names = [first, ...rest].map((w) => (kindNamed(w.split('/')[0]!) === kind ? w.slice(w.indexOf('/') + 1) : undefined));
  if (names.some((n) => n === undefined || n === '')) return 'error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. \'kubectl get resource/<resource_name>\' instead of \'kubectl get resource resource/<resource_name>\')';
  return { kind, names: names as string[] };
}

export function noResources(kind: Kind, scope: Scope): string {
  return kind.namespaced && !scope.all ? `No resources found in ${scope.namespace} namespace.` : 'No resources found';
}

function print(kind: Kind, items: Listed[], output: string | undefined, single: boolean, allNamespaces: boolean): string {
  if (output === 'name') return items.map((i) => `${kind.ref}/${i.name}`).join('\n');
  if (output === 'yaml' || output === 'json') {
    const doc = single ? items[0]!.manifest() : listOf(items.map((i) => i.manifest()));
    return output === 'yaml' ? toYaml(doc) : JSON.stringify(doc, null, 4);
  }
  const wide = output === 'wide';
  const withNamespace = allNamespaces && kind.namespaced;
  const header = withNamespace ? ['NAMESPACE', ...kind.header(wide)] : kind.header(wide);
  return formatTable([header, ...items.map((i) => (withNamespace ? [i.namespace!, ...i.row(wide)] : i.row(wide)))]);
}

function run(parsed: ParsedArgs, words: readonly string[], scope: Scope, context: CommandContext): CommandResult {
  const output = parsed.flags.get('output');
  if (output !== undefined && !['wide', 'yaml', 'json', 'name'].includes(output)) {
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${PRINTERS}`);
  }
  const asked = typeAndNames(words);
  if (typeof asked === 'string') return fail(asked);
  const { kind, names } = asked;
  const matches = selectorMatcher(parsed.flags.get('selector'));
  if (typeof matches === 'string') return fail(matches);
  const keep = (i: Listed) => matches(i.labels) && (names.length === 0 || names.includes(i.name));
  const listed = kind.list(context, scope).filter((i) => matches(i.labels));
  if (flagOn(parsed, 'watch')) {
    if (output !== undefined) return fail('error: --watch is supported here only with the default output format');
    const shown = listed.filter(keep);
    const header = scope.all && kind.namespaced ? ['NAMESPACE', ...kind.header(false)] : kind.header(false);
    const follow = watchRows(watchedList(kind, scope, keep), header, scope.all && kind.namespaced, shown);
    return shown.length === 0 ? { stdout: '', stderr: noResources(kind, scope), exitCode: 0, follow } : { stdout: print(kind, shown, undefined, false, scope.all), stderr: '', exitCode: 0, follow };
  }
  if (names.length === 0) return listed.length === 0 ? ok('', noResources(kind, scope)) : ok(print(kind, listed, output, false, scope.all));
  const found = names.flatMap((n) => listed.filter((i) => i.name === n).slice(0, 1));
  const missing = names.filter((n) => !listed.some((i) => i.name === n)).map((n) => `Error from server (NotFound): ${kind.resource} "${n}" not found`);
  const stdout = found.length === 0 ? '' : print(kind, found, output, names.length === 1, scope.all);
  return { stdout, stderr: missing.join('\n'), exitCode: missing.length > 0 ? 1 : 0 };
}

export const get: Subcommand = {
  name: 'get',
  summary: 'Display one or many resources',
  flags: ['all-namespaces', 'output', 'selector', 'watch'],
  run: (parsed, words, context) => run(parsed, words, scopeOf(parsed), context),
};
