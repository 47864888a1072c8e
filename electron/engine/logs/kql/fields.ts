/**
 * The field mapping KQL matches against: the fixed ECS map of CONVENTIONS.md §2 (types as this app folds
 * them: match_only_text → text, wildcard and constant_keyword → keyword, long → number), and the type an
 * unmapped field takes from its JSON value, as dynamic mapping would.
 */
import type { LogFieldType } from '../types';

/** How a field is matched; kept as an alias so older imports keep compiling. */
export type FieldType = LogFieldType;

const KEYWORDS = [
  'ecs.version',
  'log.level',
  'log.logger',
  'service.name',
  'service.version',
  'service.environment',
  'service.node.name',
  'host.name',
  'host.hostname',
  'trace.id',
  'transaction.id',
  'span.id',
  'event.kind',
  'event.category',
  'event.type',
  'event.outcome',
  'event.dataset',
  'event.module',
  'event.action',
  'event.id',
  'error.type',
  'error.code',
  'error.id',
  'http.request.method',
  'http.request.id',
  'http.response.mime_type',
  'http.version',
  // ECS maps these as `wildcard`, which term, prefix and wildcard queries treat as a keyword.
  'url.full',
  'url.original',
  'url.path',
  'url.query',
  'url.scheme',
  'url.domain',
  'user_agent.original',
  'user.id',
  'user.name',
  'container.id',
  'cloud.region',
  'orchestrator.type',
  // constant_keyword
  'data_stream.type',
  'data_stream.dataset',
  'data_stream.namespace',
];
const NUMBERS = [
  'event.duration',
  'event.severity',
  'http.request.bytes',
  'http.request.body.bytes',
  'http.response.bytes',
  'http.response.body.bytes',
  'http.response.status_code',
  'url.port',
];

const FIELD_TYPES: ReadonlyMap<string, LogFieldType> = new Map<string, LogFieldType>([
  ['@timestamp', 'date'],
  ['event.created', 'date'],
  ['event.ingested', 'date'],
  // The analysed fields; ECS maps error.stack_trace as wildcard, the issue asks for it to be searched as text.
  ['message', 'text'],
  ['error.message', 'text'],
  ['error.stack_trace', 'text'],
  ['host.ip', 'ip'],
  ['client.ip', 'ip'],
  ['source.ip', 'ip'],
  ...KEYWORDS.map((name) => [name, 'keyword'] as const),
  ...NUMBERS.map((name) => [name, 'number'] as const),
]);
/** Every field under these prefixes is a keyword (ECS `labels` is an object of keywords; the k8s metadata likewise). */
const KEYWORD_PREFIXES = ['kubernetes.', 'labels.'];

/** The type the fixed map gives a field, or undefined for a field outside it. */
export function mappedFieldType(name: string): LogFieldType | undefined {
  const mapped = FIELD_TYPES.get(name);
  if (mapped) return mapped;
  return KEYWORD_PREFIXES.some((p) => name.startsWith(p)) ? 'keyword' : undefined;
}

/** The type a field is matched as: its mapped type, else the JSON type of the value the event holds. */
export function fieldType(name: string, value: unknown): LogFieldType {
  const mapped = mappedFieldType(name);
  if (mapped) return mapped;
  if (typeof value === 'number') return 'number';
  return typeof value === 'boolean' ? 'boolean' : 'keyword';
}
