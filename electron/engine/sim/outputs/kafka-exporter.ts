import type { SeriesStore } from '../../tsdb';
import type { World } from '../world';
import { ipFor } from '../world';
import { DynamicSeries, exporterTarget } from './dynamic-series';
import { registerExporter } from './scraper';
import type { ScrapeTarget } from './target';

/**
 * kafka_exporter (one target, job `kafka`): each queue is a topic; each service consuming it is a consumer
 * group (named after the service). Offsets come from the messages produced and consumed so far, split
 * evenly over partitions; a group's lag per partition is the topic's offset minus the group's.
 */
export function kafkaTarget(store: SeriesStore, world: World, phaseMs: number, firstAt: number): ScrapeTarget {
  const series = new DynamicSeries(store, { job: 'kafka', instance: `${ipFor('kafka-exporter')}:9308` });
  const topics = [...world.queues.values()].map((queue) => {
    const topic = queue.spec.name;
    const partitions = Array.from({ length: queue.spec.partitions }, (_, p) => String(p));
    const groups = [...world.services.values()]
      .filter((s) => s.spec.consumes === topic)
      .map((s) => ({
        consumergroup: s.spec.name,
        members: series.slot('kafka_consumergroup_members', { consumergroup: s.spec.name }),
        lagSum: series.slot('kafka_consumergroup_lag_sum', { consumergroup: s.spec.name, topic }),
        current: partitions.map((partition) => series.slot('kafka_consumergroup_current_offset', { consumergroup: s.spec.name, topic, partition })),
        lag: partitions.map((partition) => series.slot('kafka_consumergroup_lag', { consumergroup: s.spec.name, topic, partition })),
      }));
    return {
      topic,
      count: series.slot('kafka_topic_partitions', { topic }),
      offset: partitions.map((partition) => series.slot('kafka_topic_partition_current_offset', { topic, partition })),
      groups,
    };
  });
  return exporterTarget(series, phaseMs, firstAt, {
    collect(current: World, t: number): void {
      for (const topic of topics) {
        const queue = current.queues.get(topic.topic)!;
        const n = queue.spec.partitions;
        const head = Math.floor(queue.produced / n);
        series.write(topic.count, t, n);
        topic.offset.forEach((slot) => series.write(slot, t, head));
        for (const group of topic.groups) {
          const consumer = current.services.get(group.consumergroup)!;
          series.write(group.members, t, consumer.instances.filter((i) => i.ready).length);
          let sum = 0;
          for (let p = 0; p < n; p++) {
            const lag = Math.min(head, Math.max(0, Math.round(queue.lag[p] ?? 0)));
            series.write(group.current[p]!, t, head - lag);
            series.write(group.lag[p]!, t, lag);
            sum += lag;
          }
          series.write(group.lagSum, t, sum);
        }
      }
    },
  });
}

registerExporter((store, world, phase, firstAt) => (world.queues.size > 0 ? [kafkaTarget(store, world, phase('kafka'), firstAt)] : []));
