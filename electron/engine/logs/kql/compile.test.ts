import { describe, expect, it } from 'vitest';
import type { EcsEvent } from '../../sim/outputs/ecs';
import { analyze } from './analyze';
import { compileKql } from './compile';
import { parseKql } from './parse';

/** An error line as the simulation writes one (log-writer.ts), plus a platform event with nested labels. */
const ERROR: EcsEvent = {
  '@timestamp': '2026-03-13T10:02:30.250Z',
  'ecs.version': '8.11.0',
  'log.level': 'error',
  message: 'POST /api/checkout 500: Unhandled exception processing /api/checkout: order total is null',
  'event.dataset': 'checkout.log',
  'service.name': 'checkout',
  'service.version': 'v2.4.0',
  'host.name': 'checkout-7d9f-abc12',
  'kubernetes.namespace': 'shop',
  'kubernetes.pod.name': 'checkout-7d9f-abc12',
  'event.category': ['web'],
  'event.type': ['error'],
  'event.outcome': 'failure',
  'event.duration': 82_000_000,
  'http.request.method': 'POST',
  'http.response.status_code': 500,
  'url.path': '/api/checkout',
  'error.type': 'java.lang.IllegalStateException',
  'error.message': 'Unhandled exception processing /api/checkout: order total is null',
};
const DEPLOY: EcsEvent = {
  '@timestamp': '2026-03-13T10:02:00.000Z',
  'ecs.version': '8.11.0',
  'log.level': 'info',
  message: 'Deployment checkout rolled out version v2.4.0',
  'event.dataset': 'deploy.log',
  'event.action': 'deploy.started',
  'host.name': 'checkout',
  labels: { target: 'checkout' },
};
const EVENTS = { ERROR, DEPLOY };

// [query, event, matches]: one row per construct, then precedence.
const CASES: [query: string, event: keyof typeof EVENTS, expected: boolean][] = [
  // keyword fields: exact and case-sensitive, with * wildcards
  ['service.name:checkout', 'ERROR', true],
  ['service.name:Checkout', 'ERROR', false],
  ['service.name:check', 'ERROR', false],
  ['service.name:check*', 'ERROR', true],
  ['service.name:*out', 'ERROR', true],
  ['service.name:c*k*t', 'ERROR', true],
  ['service.name:C*', 'ERROR', false],
  ['service.name:"checkout"', 'ERROR', true],
  ['error.type:java.lang.IllegalStateException', 'ERROR', true],
  ['url.path:/api/checkout', 'ERROR', true],
  ['url.path:/api/*', 'ERROR', true],
  ['event.type:error', 'ERROR', true],
  ['event.category:web and event.type:access', 'ERROR', false],
  ['kubernetes.namespace:shop', 'ERROR', true],
  ['http.request.method:post', 'ERROR', false],
  // text fields: analysed; unquoted = any term, quoted = the phrase
  ['message:unhandled', 'ERROR', true],
  ['message:UNHANDLED', 'ERROR', true],
  ['message:unhandled banana', 'ERROR', true],
  ['message:banana', 'ERROR', false],
  ['message:"order total is null"', 'ERROR', true],
  ['message:"total order"', 'ERROR', false],
  ['message:"Order Total"', 'ERROR', true],
  ['message:unhand*', 'ERROR', true],
  ['message:UNHAND*', 'ERROR', true],
  ['message:*xception', 'ERROR', true],
  ['message:500', 'ERROR', true],
  ['error.message:"total is null"', 'ERROR', true],
  ['message:"--"', 'ERROR', false],
  // free text searches every field (default_field `*`): keyword fields exactly, text fields by term
  ['unhandled', 'ERROR', true],
  ['"is null"', 'ERROR', true],
  ['"null is"', 'ERROR', false],
  ['checkout', 'DEPLOY', true],
  ['shop', 'ERROR', true],
  ['Shop', 'ERROR', false],
  ['POST', 'ERROR', true],
  ['java.lang.IllegalStateException', 'ERROR', true],
  ['82000000', 'ERROR', true],
  ['*', 'DEPLOY', true],
  // numbers
  ['http.response.status_code:500', 'ERROR', true],
  ['http.response.status_code:"500"', 'ERROR', true],
  ['http.response.status_code:404', 'ERROR', false],
  ['http.response.status_code >= 500', 'ERROR', true],
  ['http.response.status_code > 500', 'ERROR', false],
  ['http.response.status_code < 500', 'ERROR', false],
  ['http.response.status_code <= 500', 'ERROR', true],
  ['http.response.status_code >= 500 and http.response.status_code < 600', 'ERROR', true],
  ['http.response.status_code > abc', 'ERROR', false],
  ['http.response.status_code:5*', 'ERROR', false],
  ['event.duration > 50000000', 'ERROR', true],
  // dates
  ['@timestamp >= "2026-03-13T10:02:00Z"', 'ERROR', true],
  ['@timestamp < "2026-03-13T10:02:00Z"', 'ERROR', false],
  ['@timestamp < "2027"', 'ERROR', true],
  ['@timestamp:"2026-03-13T10:02:00.000Z"', 'DEPLOY', true],
  // keyword ranges compare as strings
  ['service.name > c', 'ERROR', true],
  ['service.name > d', 'ERROR', false],
  // exists
  ['http.response.status_code:*', 'ERROR', true],
  ['http.response.status_code:*', 'DEPLOY', false],
  ['labels.target:*', 'DEPLOY', true],
  ['not service.name:*', 'DEPLOY', true],
  // nested objects and nested queries
  ['labels.target:checkout', 'DEPLOY', true],
  ['labels.target:payments', 'DEPLOY', false],
  ['labels:{ target:checkout }', 'DEPLOY', true],
  // wildcard field names
  ['kubernetes.*:shop', 'ERROR', true],
  ['*.name:checkout', 'ERROR', true],
  ['*.name:checkout', 'DEPLOY', true],
  ['labels.*:checkout', 'DEPLOY', true],
  // unmapped fields: number when the event holds a number, else keyword
  ['ecs.version:8.11.0', 'ERROR', true],
  ['ecs.version:8.11', 'ERROR', false],
  ['no.such.field:*', 'ERROR', false],
  ['no.such.field:x', 'ERROR', false],
  // boolean operators and precedence: not > and > or
  ['service.name:checkout and log.level:error', 'ERROR', true],
  ['service.name:checkout and log.level:info', 'ERROR', false],
  ['service.name:payments or log.level:error', 'ERROR', true],
  ['not log.level:info', 'ERROR', true],
  ['NOT log.level:error', 'ERROR', false],
  ['log.level:info or log.level:error and service.name:payments', 'ERROR', false],
  ['log.level:error or log.level:info and service.name:payments', 'ERROR', true],
  ['(log.level:error or log.level:info) and service.name:payments', 'ERROR', false],
  ['not log.level:info and service.name:payments', 'ERROR', false],
  ['not (log.level:info and service.name:payments)', 'ERROR', true],
  ['log.level:(info or error)', 'ERROR', true],
  ['log.level:(info or warn)', 'ERROR', false],
  ['message:(unhandled and banana)', 'ERROR', false],
  ['message:(unhandled and not banana)', 'ERROR', true],
  ['log.level:(warn or error and info)', 'ERROR', false],
  ['log.level:(error or warn and info)', 'ERROR', true],
  // an empty query matches everything
  ['', 'DEPLOY', true],
];

describe('compileKql: case table', () => {
  it.each(CASES)('%j on %s → %s', (query, event, expected) => {
    const parsed = parseKql(query);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(compileKql(parsed.ast)(EVENTS[event])).toBe(expected);
  });
});

describe('analyze: the standard analyzer, approximately', () => {
  it.each([
    ['POST /api/checkout 500: Unhandled', ['post', 'api', 'checkout', '500', 'unhandled']],
    ['lookup orders-db.shop.svc.cluster.local on 10.96.0.10:53', ['lookup', 'orders', 'db.shop.svc.cluster.local', 'on', '10.96.0.10', '53']],
    ['v2.4.0 HikariPool-1 30000ms', ['v2.4.0', 'hikaripool', '1', '30000ms']],
    ["don't 1,000;5 a:b", ["don't", '1,000;5', 'a:b']],
    ['Straße über', ['straße', 'über']],
  ])('%j', (text, terms) => {
    expect(analyze(text)).toEqual(terms);
  });
});
