import { describe, expect, it } from 'vitest';
import type { ContextBuilder as Builder } from './context-test-support';
import { ContextBuilder, MINUTE, SECOND } from './context-test-support';
import { evaluateCheck } from './index';

const ALL = { namedPerson: true, namedTask: true, namedTime: true };
const NO_TIME = { namedPerson: true, namedTask: true, namedTime: false };
const PRIYA = 'Priya, please check orders-db and report back in 3 minutes.';
const begin = () => new ContextBuilder().alert(3 * MINUTE);

const cases: { name: string; build: () => Builder; params?: object; met: boolean; evidence: number[]; details: string[] }[] = [
  {
    name: 'a role, then a task with person, task and time',
    build: () => begin()
      .assign(3 * MINUTE + 28 * SECOND, 'lee', '', { namedPerson: true, namedTask: true, namedTime: false }, { role: 'ops', message: '/assign lee ops' })
      .assign(3 * MINUTE + 35 * SECOND, 'priya', 'check orders-db', ALL, { message: PRIYA }),
    met: true,
    evidence: [2],
    details: [
      '1 delegation named a person, a task and a time',
      'Lee Okafor made operations lead at 10:03:28 UTC: a role, not a task',
      `"${PRIYA}" at 10:03:35 UTC: person ✓, task ✓, time ✓`,
    ],
  },
  {
    name: 'a task with no time to report back',
    build: () => begin().assign(4 * MINUTE, 'lee', 'check the logs', NO_TIME, { message: 'Lee, check the logs' }),
    met: false,
    evidence: [1],
    details: ['no delegation named a person, a task and a time to report back', '"Lee, check the logs" at 10:04:00 UTC had no time to report back'],
  },
  {
    name: 'a form assignment quoted from its task, lacking a task and a time',
    build: () => begin().assign(4 * MINUTE, 'Marco Díaz', 'look', { namedPerson: true, namedTask: false, namedTime: false }),
    met: false,
    evidence: [1],
    details: ['no delegation named a person, a task and a time to report back', '"Marco, look" at 10:04:00 UTC gave no clear task and had no time to report back'],
  },
  {
    name: '"can someone…" is listed as the anti-pattern',
    build: () => begin().chat(4 * MINUTE, 'Can someone check the DB?').chat(4 * MINUTE + 10 * SECOND, "Someone's deploy broke it, I think"),
    met: false,
    evidence: [1],
    details: [
      'no task was delegated to a teammate',
      '"Can someone check the DB?" at 10:04:00 UTC asked nobody by name: say "Priya, please check X; I\'ll come back to you in 5 minutes" instead of "can someone…"',
    ],
  },
  {
    name: '"could anybody…" and "anyone please…" next to a good delegation',
    build: () => begin()
      .chat(4 * MINUTE, 'could anybody look at payments')
      .assign(4 * MINUTE + 30 * SECOND, 'priya', 'check orders-db', ALL, { message: PRIYA })
      .chat(5 * MINUTE, 'Anyone please grab the logs'),
    met: true,
    evidence: [2],
    details: [
      '1 delegation named a person, a task and a time',
      '"could anybody look at payments" at 10:04:00 UTC asked nobody by name: say "Priya, please check X; I\'ll come back to you in 5 minutes" instead of "can someone…"',
      `"${PRIYA}" at 10:04:30 UTC: person ✓, task ✓, time ✓`,
      '"Anyone please grab the logs" at 10:05:00 UTC asked nobody by name: say "Priya, please check X; I\'ll come back to you in 5 minutes" instead of "can someone…"',
    ],
  },
  {
    name: 'two complete delegations needed, one given',
    build: () => begin().assign(4 * MINUTE, 'priya', 'check orders-db', ALL, { message: PRIYA }),
    params: { count: 2 },
    met: false,
    evidence: [1],
    details: ['1 delegation named a person, a task and a time (2 needed)', `"${PRIYA}" at 10:04:00 UTC: person ✓, task ✓, time ✓`],
  },
  {
    name: 'nothing delegated',
    build: () => begin(),
    met: false,
    evidence: [],
    details: ['no task was delegated to a teammate'],
  },
];

describe('delegation', () => {
  it.each(cases)('$name', ({ build, params, met, evidence, details }) => {
    expect(evaluateCheck('delegation', params, build().build(15 * MINUTE))).toEqual({ met, evidence, details });
  });
});
