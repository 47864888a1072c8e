import { describe, expect, it } from 'vitest';
import { chatContext } from './chat-test-support';
import { readDelegation } from './delegation';

const context = chatContext();

type Expected = { teammate: string; role?: string; task: string; reportIn?: string };

describe('a message naming a teammate and a task is a delegation', () => {
  it.each<[string, Expected]>([
    ['Priya, please check the database and report back in 5 minutes', { teammate: 'priya', task: 'check the database', reportIn: '5m' }],
    ["Priya, please check orders-db, I'll come back to you in 10 minutes", { teammate: 'priya', task: 'check orders-db', reportIn: '10m' }],
    ['@marco roll back checkout', { teammate: 'marco', task: 'roll back checkout' }],
    ['can you look at the logs @lee?', { teammate: 'lee', task: 'look at the logs' }],
    ['Priya please dig into slow queries', { teammate: 'priya', task: 'dig into slow queries' }],
    ['Priya check the error rate in 5m', { teammate: 'priya', task: 'check the error rate', reportIn: '5m' }],
    ['hey Lee, can you post the next update?', { teammate: 'lee', task: 'post the next update' }],
    ['Lee: send a status update to stakeholders, thanks', { teammate: 'lee', task: 'send a status update to stakeholders' }],
    ['check the logs, Lee', { teammate: 'lee', task: 'check the logs' }],
    ['Marco Díaz, investigate payments latency. Get back to me within 3 min.', { teammate: 'marco', task: 'investigate payments latency', reportIn: '3m' }],
    ['marco diaz: look at checkout', { teammate: 'marco', task: 'look at checkout' }],
    ["Marco, you're ops lead", { teammate: 'marco', role: 'ops', task: '' }],
    ['Marco, you are the operations lead. Roll back checkout please, report in 2m', { teammate: 'marco', role: 'ops', task: 'Roll back checkout', reportIn: '2m' }],
    ['Lee, take comms', { teammate: 'lee', role: 'comms', task: '' }],
    ['Priya, can you be scribe?', { teammate: 'priya', role: 'scribe', task: '' }],
    ['Lee, please take a look at the dashboards', { teammate: 'lee', task: 'take a look at the dashboards' }],
    ['Priya, checkout is failing, look into it', { teammate: 'priya', task: 'checkout is failing, look into it' }],
    ['Priya, thanks. Now check orders-db please', { teammate: 'priya', task: 'check orders-db' }],
  ])('%s', (text, expected) => {
    const got = readDelegation(text, context);
    expect(got).toEqual({
      type: 'incident.assign',
      teammate: expected.teammate,
      ...(expected.role ? { role: expected.role } : {}),
      task: expected.task,
      ...(expected.reportIn ? { reportIn: expected.reportIn } : {}),
      via: 'message',
      message: text,
      quality: { namedPerson: true, namedTask: true, namedTime: expected.reportIn !== undefined },
    });
  });
});

describe('messages that are not delegations', () => {
  it.each([
    ['Can someone check the DB?', 'names nobody (the "Can someone…" anti-pattern)'],
    ['someone please roll back checkout', 'names nobody'],
    ['Priya, thanks!', 'names a teammate but asks nothing'],
    ['Priya', 'only a name'],
    ['Marco, what do you see?', 'a question, not an order'],
    ['checkout errors are at 30%', 'a plain statement'],
    ['Bob, check the database', 'Bob is not on the team'],
    ['Priyanka, check the database', 'a longer word that starts with a teammate’s name'],
  ])('%s (%s)', (text) => {
    expect(readDelegation(text, context)).toBeUndefined();
  });
});
