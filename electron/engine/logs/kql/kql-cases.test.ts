/**
 * The KQL case table: every numbered case 1–47 of CONVENTIONS.md §1 (the tree Kibana builds, or its
 * syntax error), then what queries match over a handful of ECS events. Expected values are written from
 * the Kibana and Elasticsearch documentation, not from this code's output.
 */
import { describe, expect, it } from 'vitest';
import type { EcsEvent } from '../../sim/outputs/ecs';
import type { KqlNode, KqlValue } from './ast';
import { compileKql } from './compile';
import { parseKql } from './parse';
import { printKql } from './print';

const lit = (value: string, quoted = false): KqlValue => ({ type: 'literal', value, quoted });
const wild = (...parts: string[]): KqlValue => ({ type: 'wildcard', parts });
const is = (field: string | KqlValue | null, value: string | KqlValue): KqlNode => ({
  type: 'is',
  field: typeof field === 'string' ? lit(field) : field,
  value: typeof value === 'string' ? lit(value) : value,
});
const free = (value: string | KqlValue) => is(null, value);
const and = (...children: KqlNode[]): KqlNode => ({ type: 'and', children });
const or = (...children: KqlNode[]): KqlNode => ({ type: 'or', children });
const not = (child: KqlNode): KqlNode => ({ type: 'not', child });
const range = (field: string, op: 'gt' | 'gte' | 'lt' | 'lte', value: string | KqlValue): KqlNode => ({
  type: 'range',
  field: lit(field),
  op,
  value: typeof value === 'string' ? lit(value) : value,
});
const nested = (path: string, child: KqlNode): KqlNode => ({ type: 'nested', path: lit(path), child });
const matchAll = is(wild('', ''), wild('', ''));

// [case number, query, tree]. Our tree keeps every value as text (true/false/null and numbers too): the
// field's type decides at match time what it means, as Kibana's typed literals do once they reach ES.
const TREES: [n: number, query: string, ast: KqlNode][] = [
  [1, '  ', matchAll],
  [2, 'foo', free('foo')],
  [3, '  foo ', free('foo')],
  [4, 'foo bar', free('foo bar')],
  [5, 'foo and bar', and(free('foo'), free('bar'))],
  [6, 'foo and\u00A0bar', and(free('foo'), free('bar'))],
  [7, 'foo or bar', or(free('foo'), free('bar'))],
  [8, 'foo and bar and baz', and(free('foo'), free('bar'), free('baz'))],
  [9, 'foo or bar or baz', or(free('foo'), free('bar'), free('baz'))],
  [10, 'not (foo or bar)', not(or(free('foo'), free('bar')))],
  [11, 'foo or bar and baz or qux', or(free('foo'), and(free('bar'), free('baz')), free('qux'))],
  [12, '(foo or bar) and baz', and(or(free('foo'), free('bar')), free('baz'))],
  [13, 'foo:bar', is('foo', 'bar')],
  [14, 'foo:bar baz', is('foo', 'bar baz')],
  [15, 'foo:"bar baz"', is('foo', lit('bar baz', true))],
  [16, 'foo:(bar or baz)', or(is('foo', 'bar'), is('foo', 'baz'))],
  [17, 'foo:((bar or baz) and not qux)', and(or(is('foo', 'bar'), is('foo', 'baz')), not(is('foo', 'qux')))],
  [18, 'bytes > 1000 and bytes < 8000', and(range('bytes', 'gt', '1000'), range('bytes', 'lt', '8000'))],
  [19, 'bytes >= 1000 and bytes <= 8000', and(range('bytes', 'gte', '1000'), range('bytes', 'lte', '8000'))],
  [20, 'machine*:osx', is(wild('machine', ''), 'osx')],
  [21, 'foo:ba*', is('foo', wild('ba', ''))],
  [22, 'foo:*', is('foo', wild('', ''))],
  [23, 'nestedField:{ childOfNested: foo }', nested('nestedField', is('childOfNested', 'foo'))],
  [
    24,
    'response:200 and nestedField:{ childOfNested:foo or childOfNested:bar }',
    and(is('response', '200'), nested('nestedField', or(is('childOfNested', 'foo'), is('childOfNested', 'bar')))),
  ],
  [
    25,
    'response:200 and ( nestedField:{ childOfNested:foo } or nestedField:{ childOfNested:bar } )',
    and(is('response', '200'), or(nested('nestedField', is('childOfNested', 'foo')), nested('nestedField', is('childOfNested', 'bar')))),
  ],
  [26, 'nestedField:{ nestedChild:{ doublyNestedChild:foo } }', nested('nestedField', nested('nestedChild', is('doublyNestedChild', 'foo')))],
  [27, 'true or false or null', or(free('true'), free('false'), free('null'))],
  [28, '3 or -4 or 070 or .3text', or(free('3'), free('-4'), free('070'), free('.3text'))],
  [29, '\\\\\\(\\)\\:\\<\\>\\"\\*', free('\\():<>"*')],
  [30, '"\\\\():<>\\"*"', free(lit('\\():<>"*', true))],
  [31, 'foo*bar', free(wild('foo', 'bar'))],
  [
    32,
    'field: (value AND value2 OR "value3") OR nested: { field2: value4 }',
    or(or(and(is('field', 'value'), is('field', 'value2')), is('field', lit('value3', true))), nested('nested', is('field2', 'value4'))),
  ],
  [33, 'response:200 and extension:php or extension:css', or(and(is('response', '200'), is('extension', 'php')), is('extension', 'css'))],
  [34, 'response:200 and not (extension:php or extension:css)', and(is('response', '200'), not(or(is('extension', 'php'), is('extension', 'css'))))],
  [35, 'tags:(success and info and security)', and(is('tags', 'success'), is('tags', 'info'), is('tags', 'security'))],
  [36, '@timestamp < "2021-01" and @timestamp < now-1d', and(range('@timestamp', 'lt', lit('2021-01', true)), range('@timestamp', 'lt', 'now-1d'))],
  [37, 'items:{ name:banana and stock > 10 }', nested('items', and(is('name', 'banana'), range('stock', 'gt', '10')))],
  [38, 'level1.level2:{ prop1:foo and prop2:bar }', nested('level1.level2', and(is('prop1', 'foo'), is('prop2', 'bar')))],
];

describe('KQL cases 1–38: the trees Kibana builds', () => {
  it.each(TREES)('case %i: %j', (_n, query, ast) => {
    expect(parseKql(query)).toEqual({ ok: true, ast });
  });

  it('case 32 prints back as Kibana toString does', () => {
    const parsed = parseKql(TREES[31]![1]);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(printKql(parsed.ast)).toBe('(((field: value AND field: value2) OR field: "value3") OR nested: { field2: value4 })');
  });
});

// [case number, query, exact message (where the doc gives one), offset].
const ERRORS: [n: number, query: string, message: string | RegExp, position: number][] = [
  [39, 'response:', 'Expected "(", "{", value, whitespace but end of input found.', 9],
  [40, 'response:200 or ', 'Expected "(", NOT, field name, value but end of input found.', 16],
  [41, 'response:(200 or )', /but "\)" found\.$/, 17],
  [42, 'response:200 and not ', /but end of input found\.$/, 21],
  [43, 'foo:"ba ', /but """ found\.$/, 4],
  [44, 'foo:"ba "r"', 'Expected AND, OR, end of input but "r" found.', 9],
  [45, 'foo:ba:r', /but ":" found\.$/, 6],
  [46, 'foo > ', /^Expected literal, whitespace/, 6],
  [47, '< 1000', /but "<" found\.$/, 0],
];

describe('KQL cases 39–47: syntax errors', () => {
  it.each(ERRORS)('case %i: %j', (_n, query, message, position) => {
    const parsed = parseKql(query);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.position).toBe(position);
    if (typeof message === 'string') expect(parsed.error.message).toBe(message);
    else expect(parsed.error.message).toMatch(message);
  });
});

/** An error access log; 2026-03-13 10:02:30.250 UTC. */
const ACCESS = {
  '@timestamp': '2026-03-13T10:02:30.250Z',
  'log.level': 'error',
  message: 'POST /api/checkout 500: Unhandled exception, order total is null',
  'service.name': 'checkout',
  'http.response.status_code': 500,
  'event.duration': 82_000_000,
  'event.type': ['error'],
  'client.ip': '10.1.2.3',
  'error.stack_trace': 'java.lang.IllegalStateException: order total is null\n\tat com.shop.Checkout.total(Checkout.java:42)',
  'kubernetes.namespace': 'shop',
};
/** A payments line one second before 10:00, with unmapped fields of each JSON type and an IPv6 client. */
const PAYMENT = {
  '@timestamp': '2026-03-13T09:59:59.000Z',
  'log.level': 'info',
  message: 'Payment authorised',
  'service.name': 'payments',
  'http.response.status_code': 200,
  'client.ip': '2001:db8::7',
  'cache.hit': true,
  'retry.count': 3,
  'custom.tag': 'Blue',
  'custom.empty': '',
};
/** The last millisecond of 2026-03-12, with arrays of objects (for nested queries) and a null. */
const ORDER = {
  '@timestamp': '2026-03-12T23:59:59.999Z',
  'log.level': 'info',
  message: 'Order placed',
  items: [
    { name: 'banana', stock: 5 },
    { name: 'apple', stock: 20 },
  ],
  orders: [
    {
      lines: [
        { sku: 'a1', qty: 2 },
        { sku: 'b2', qty: 9 },
      ],
    },
  ],
  labels: { team: 'core' },
  'error.code': null,
};
const EVENTS = { ACCESS, PAYMENT, ORDER } as unknown as Record<string, EcsEvent>;
/** 2026-03-13 10:05:00 UTC, a Friday. */
const NOW = Date.UTC(2026, 2, 13, 10, 5);

// [query, events that match (in EVENTS order)].
const MATCHES: [query: string, matching: (keyof typeof EVENTS)[]][] = [
  // keyword: exact and case-sensitive; `*` over the whole value
  ['service.name:checkout', ['ACCESS']],
  ['service.name:Checkout', []],
  ['service.name:check', []],
  ['service.name:check*', ['ACCESS']],
  ['service.name:*OUT', []],
  ['log.level:info', ['PAYMENT', 'ORDER']],
  ['event.type:error', ['ACCESS']],
  // text: analysed; unquoted = any term, quoted = consecutive terms, wildcard = one lower-cased term
  ['message:unhandled', ['ACCESS']],
  ['message:UNHANDLED', ['ACCESS']],
  ['message:banana unhandled', ['ACCESS']],
  ['message:"order total"', ['ACCESS']],
  ['message:"total order"', []],
  ['message:UNHAND*', ['ACCESS']],
  ['message:"unhand*"', []],
  ['message:null', ['ACCESS']],
  ['error.stack_trace:checkout.java', ['ACCESS']],
  ['error.stack_trace:"order total is null"', ['ACCESS']],
  // exists: an empty string counts, null does not, an object counts by its fields
  ['client.ip:*', ['ACCESS', 'PAYMENT']],
  ['custom.empty:*', ['PAYMENT']],
  ['error.code:*', []],
  ['error.code:null', []],
  ['labels:*', ['ORDER']],
  ['*:*', ['ACCESS', 'PAYMENT', 'ORDER']],
  ['*', ['ACCESS', 'PAYMENT', 'ORDER']],
  ['', ['ACCESS', 'PAYMENT', 'ORDER']],
  // numbers, mapped or unmapped (a JSON number), by value; a value that is not a number matches nothing
  ['http.response.status_code:500', ['ACCESS']],
  ['http.response.status_code:500.0', ['ACCESS']],
  ['http.response.status_code:"500"', ['ACCESS']],
  ['http.response.status_code:abc', []],
  ['http.response.status_code:5*', []],
  ['http.response.status_code >= 200 and http.response.status_code < 300', ['PAYMENT']],
  ['http.response.status_code > abc', []],
  ['retry.count:3', ['PAYMENT']],
  ['retry.count > 2', ['PAYMENT']],
  ['event.duration > 50000000', ['ACCESS']],
  // booleans: unmapped JSON booleans; only `true` and `false` read as one
  ['cache.hit:true', ['PAYMENT']],
  ['cache.hit:false', []],
  ['cache.hit:TRUE', []],
  ['custom.tag:Blue', ['PAYMENT']],
  ['custom.tag:blue', []],
  // ip: address or CIDR block, IPv4 and IPv6
  ['client.ip:10.1.2.3', ['ACCESS']],
  ['client.ip:10.0.0.0/8', ['ACCESS']],
  ['client.ip:10.1.3.0/24', []],
  ['client.ip:"2001:db8::/32"', ['PAYMENT']],
  ['client.ip:"2001:db8:0:0:0:0:0:7"', ['PAYMENT']],
  ['client.ip < 11.0.0.0', ['ACCESS']],
  // dates: date math from NOW, rounding per operator (gt/lte up, gte/lt down), missing parts as ES fills them
  ['@timestamp >= now-5m', ['ACCESS']],
  ['@timestamp < now/d', ['ORDER']],
  ['@timestamp > now-1d/d', ['ACCESS', 'PAYMENT']],
  ['@timestamp >= now-1d/d', ['ACCESS', 'PAYMENT', 'ORDER']],
  ['@timestamp <= "2026-03-12"', ['ORDER']],
  ['@timestamp < "2026-03-13"', ['ORDER']],
  ['@timestamp > "2026-03-12"', ['ACCESS', 'PAYMENT']],
  ['@timestamp < "2026-03-13T10:00"', ['PAYMENT', 'ORDER']],
  ['@timestamp <= "2026-03-13T09:59"', ['PAYMENT', 'ORDER']],
  ['@timestamp > "2026-03-13T09:59"', ['ACCESS']],
  ['@timestamp:"2026-03-13"', ['ACCESS', 'PAYMENT']],
  ['@timestamp:"2026-03"', []],
  ['@timestamp:"2026-03||/M"', ['ACCESS', 'PAYMENT', 'ORDER']],
  ['@timestamp:now/d', ['ACCESS', 'PAYMENT']],
  ['@timestamp >= 1773360000000', ['ACCESS', 'PAYMENT']],
  ['@timestamp > yesterday', []],
  // ranges on keyword and text fields compare strings (text: any term)
  ['service.name > c', ['ACCESS', 'PAYMENT']],
  ['service.name < d', ['ACCESS']],
  ['message >= unhandled', ['ACCESS']],
  ['message > zzz', []],
  // free text: every field, each by its type (keyword exact, text analysed, numbers, ips, dates; lenient)
  ['checkout', ['ACCESS']],
  ['shop', ['ACCESS']],
  ['Shop', []],
  ['500', ['ACCESS']],
  ['true', ['PAYMENT']],
  ['banana', ['ORDER']],
  ['Blue', ['PAYMENT']],
  ['"order total"', ['ACCESS']],
  ['10.0.0.0/8', ['ACCESS']],
  ['2026-03-13', ['ACCESS', 'PAYMENT']],
  ['CHECK*', ['ACCESS']],
  ['pay*', ['PAYMENT']],
  // wildcard field names: any field the event holds
  ['kubernetes.*:shop', ['ACCESS']],
  ['*.namespace:shop', ['ACCESS']],
  ['items.*:apple', ['ORDER']],
  ['*.level:error', ['ACCESS']],
  // nested: everything in the braces within one object; separate braces may use different objects
  ['items:{ name:banana and stock > 10 }', []],
  ['items:{ name:apple and stock > 10 }', ['ORDER']],
  ['items:{ name:banana } and items:{ stock > 10 }', ['ORDER']],
  ['items.name:banana and items.stock > 10', ['ORDER']],
  ['items:{ name:banana or stock > 100 }', ['ORDER']],
  ['items:{ not name:banana }', ['ORDER']],
  ['orders:{ lines:{ sku:a1 and qty > 5 } }', []],
  ['orders:{ lines:{ sku:b2 and qty > 5 } }', ['ORDER']],
  ['orders.lines:{ sku:b2 and qty:9 }', ['ORDER']],
  ['labels:{ team:core }', ['ORDER']],
  ['labels.team:core', ['ORDER']],
  // unknown fields match nothing
  ['no.such:x', []],
  ['no.such:*', []],
  ['no.such > 1', []],
  ['not no.such:x', ['ACCESS', 'PAYMENT', 'ORDER']],
  // boolean operators
  ['log.level:info and not service.name:payments', ['ORDER']],
  ['log.level:error or service.name:payments', ['ACCESS', 'PAYMENT']],
  ['log.level:(error or info) and not message:placed', ['ACCESS', 'PAYMENT']],
];

describe('KQL matching over ECS events', () => {
  it.each(MATCHES)('%j matches %j', (query, matching) => {
    const parsed = parseKql(query);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const predicate = compileKql(parsed.ast, { nowMs: NOW });
    expect(Object.keys(EVENTS).filter((name) => predicate(EVENTS[name]!))).toEqual(matching);
  });

  it('matches nothing through `now` when no clock is given', () => {
    const parsed = parseKql('@timestamp < now');
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(Object.values(EVENTS).some(compileKql(parsed.ast))).toBe(false);
  });
});

describe('keyword ranges order by code point, as Elasticsearch orders terms', () => {
  // U+FF01 (fullwidth !) is below U+1F525 (🔥) as code points, though its UTF-16 unit is above the surrogate.
  const event = { tag: '\uFF01' } as unknown as EcsEvent;
  it.each([
    ['tag < \u{1F525}', true],
    ['tag > \u{1F525}', false],
  ])('%j → %s', (query, expected) => {
    const parsed = parseKql(query);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(compileKql(parsed.ast)(event)).toBe(expected);
  });
});
