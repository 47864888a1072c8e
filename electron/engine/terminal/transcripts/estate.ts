import { netWorld } from '../commands/net/net-test-kit';

type Json = Record<string, unknown>;

/**
 * The estate every transcript runs on (all in the default namespace): `api` takes edge traffic for
 * shop.example.com and calls the sessions cache, orders-db (replicated to db-2), the orders queue and
 * `payments`; `worker` consumes the queue; `reports` reads orders-db; `exporter` backs the nightly-export
 * job; api's `payments.timeout_ms` is 2000 when healthy.
 */
export function estate(): Json {
  const world = netWorld();
  (world.services as Json[]).push({ name: 'exporter', replicas: 1, hosts: ['node-a', 'node-b'], error_ratio: 0 });
  return {
    ...world,
    jobs: [{ name: 'nightly-export', every: '10m', last_success: '-9m' }],
    config: [{ service: 'api', key: 'payments.timeout_ms', value: '2000' }],
  };
}
