import { describe, expect, it } from 'vitest';
import { bundledScenario } from '../../testing/bundled.node';
import { createWorld } from '../../sim/world';
import type { SimMillis } from '../../sim/clock';
import { classifyTask } from './task-kinds';

function worldOf(id: string) {
  const doc = bundledScenario(id).doc;
  return createWorld(doc.world, doc.start, doc.seed, 0 as SimMillis);
}

const checkout = worldOf('checkout-bad-deploy');
const sale = worldOf('sale-day-search');

describe('classifyTask: the learner’s words as a kind of work and a target (checkout-bad-deploy)', () => {
  it.each([
    ['check the database', 'check-database', 'orders-db'],
    ['look at postgres', 'check-database', 'orders-db'],
    ['how many connections are open?', 'check-database', 'orders-db'],
    ['dig into slow queries on orders-db', 'check-database', 'orders-db'],
    ['look at checkout', 'check-service', 'checkout'],
    ["check checkout's error rate", 'check-service', 'checkout'],
    ['what is the latency of payments', 'check-service', 'payments'],
    ['search the logs', 'check-logs', undefined],
    ['find errors in the logs for checkout', 'check-logs', 'checkout'],
    ['what changed?', 'check-deploys', undefined],
    ['check recent deploys', 'check-deploys', undefined],
    ['check the release of checkout', 'check-deploys', 'checkout'],
    ['check cpu', 'check-hosts', undefined],
    ['is the disk on db-1 full', 'check-hosts', 'db-1'],
    ['look at the nodes memory', 'check-hosts', undefined],
    ['check node-a', 'check-hosts', 'node-a'],
    ['roll back checkout', 'rollback', 'checkout'],
    ['rollback', 'rollback', undefined],
    ['revert the deploy', 'rollback', undefined],
    ['roll checkout back', 'rollback', 'checkout'],
    ['restart payments', 'restart', 'payments'],
    ['post the next update', 'post-update', undefined],
    ['update stakeholders', 'post-update', undefined],
    ['send a status update', 'post-update', undefined],
    ['send me an update on the database', 'check-database', 'orders-db'],
    ['give me an update on checkout', 'check-service', 'checkout'],
    ['make coffee', 'unclear', undefined],
    ['', 'unclear', undefined],
  ] as const)('%j → %s %s', (text, kind, target) => {
    const got = classifyTask(text, checkout);
    expect(got.kind).toBe(kind);
    expect(got.target).toBe(target);
  });
});

describe('names that are also words (sale-day-search: a service called "search", "catalog" beside "catalog-db")', () => {
  it.each([
    ['search the logs', 'check-logs', undefined],
    ['search for errors in the logs', 'check-logs', undefined],
    ['restart search', 'restart', 'search'],
    ['check search latency', 'check-service', 'search'],
    ['check catalog-db connections', 'check-database', 'catalog-db'],
    ['check the catalog db', 'check-database', 'catalog-db'],
    ['look at catalog', 'check-service', 'catalog'],
    ['check the sessions cache', 'check-database', 'sessions'],
    ['roll back search', 'rollback', 'search'],
  ] as const)('%j → %s %s', (text, kind, target) => {
    const got = classifyTask(text, sale);
    expect(got.kind).toBe(kind);
    expect(got.target).toBe(target);
  });

  it('names a target by kind: a datastore with symptom words is a database check, a host a host check', () => {
    expect(classifyTask('errors on catalog-db', sale)).toMatchObject({ kind: 'check-database', target: 'catalog-db', targetKind: 'datastore' });
    expect(classifyTask('is cache-1 slow', sale)).toMatchObject({ kind: 'check-hosts', target: 'cache-1', targetKind: 'host' });
  });
});

describe('a service named with database words', () => {
  it("reads \"checkout's database connections\" as the datastore checkout calls", () => {
    expect(classifyTask("check checkout's database connections", checkout)).toMatchObject({ kind: 'check-database', target: 'orders-db', targetKind: 'datastore' });
  });

  it('looks at the service itself when it calls no datastore', () => {
    expect(classifyTask('check the db pool of payments', checkout)).toMatchObject({ kind: 'check-service', target: 'payments' });
  });
});
