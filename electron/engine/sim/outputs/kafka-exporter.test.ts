import { describe, expect, it } from 'vitest';
import { ExporterHarness } from './exporter-fixture';

const JOB = { job: 'kafka' };

describe('kafka_exporter', () => {
  it('reports each partition offset and the consumer group lag from the queue', () => {
    const h = new ExporterHarness();
    h.tickUntilScraped('kafka_topic_partitions', JOB);
    const queue = h.world.queues.get('orders')!;
    expect(h.last('up', JOB)).toBe(1);
    expect(h.last('kafka_topic_partitions', { ...JOB, topic: 'orders' })).toBe(3);
    const head = Math.floor(queue.produced / 3);
    expect(head).toBeGreaterThan(1000);
    for (const partition of ['0', '1', '2']) {
      expect(h.last('kafka_topic_partition_current_offset', { ...JOB, topic: 'orders', partition })).toBe(head);
      const lag = h.last('kafka_consumergroup_lag', { ...JOB, consumergroup: 'worker', topic: 'orders', partition });
      expect(lag).toBe(Math.round(queue.lag[Number(partition)]!));
      expect(h.last('kafka_consumergroup_current_offset', { ...JOB, consumergroup: 'worker', topic: 'orders', partition })).toBe(head - lag);
    }
    expect(h.last('kafka_consumergroup_members', { ...JOB, consumergroup: 'worker' })).toBe(1);
  });

  it('shows lag growing while the consumer is stuck', () => {
    const h = new ExporterHarness();
    h.world.queues.get('orders')!.poisoned = true;
    h.tick(60);
    h.tickUntilScraped('kafka_consumergroup_lag_sum', { ...JOB, consumergroup: 'worker' });
    const queue = h.world.queues.get('orders')!;
    const lag = h.last('kafka_consumergroup_lag_sum', { ...JOB, consumergroup: 'worker', topic: 'orders' });
    // About a minute of production (40 req/s × 0.5 messages), none consumed.
    expect(lag).toBeGreaterThan(1000);
    expect(lag).toBe([0, 1, 2].reduce((s, p) => s + Math.round(queue.lag[p]!), 0));
  });
});
