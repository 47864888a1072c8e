import type { SeriesStore } from '../../tsdb';
import type { HostState, World } from '../world';
import { ipFor } from '../world';
import type { ScrapeTarget } from './target';
import { TargetSeries } from './target';

const MODES = ['user', 'system', 'iowait', 'steal', 'idle'] as const;

/** node_exporter on a host: CPU seconds per CPU and mode, memory, filesystems, network, load. */
export function nodeTarget(store: SeriesStore, host: HostState, phaseMs: number, firstAt: number): ScrapeTarget {
  const address = `${ipFor(host.spec.name)}:9100`;
  const series = new TargetSeries(store, { job: 'node', instance: address, nodename: host.spec.name });
  const up = series.slot('up');
  const cpus = host.spec.cpus;
  const cpu = Array.from({ length: cpus }, (_, c) => MODES.map((mode) => series.slot('node_cpu_seconds_total', { cpu: String(c), mode })));
  const memTotal = series.slot('node_memory_MemTotal_bytes');
  const memAvailable = series.slot('node_memory_MemAvailable_bytes');
  const fs = host.disks.map((d) => {
    const labels = { device: d.device, fstype: 'ext4', mountpoint: d.mount };
    return { size: series.slot('node_filesystem_size_bytes', labels), avail: series.slot('node_filesystem_avail_bytes', labels), free: series.slot('node_filesystem_free_bytes', labels) };
  });
  const rx = series.slot('node_network_receive_bytes_total', { device: 'eth0' });
  const tx = series.slot('node_network_transmit_bytes_total', { device: 'eth0' });
  const load1 = series.slot('node_load1');
  const load5 = series.slot('node_load5');
  const boot = series.slot('node_boot_time_seconds');
  let load5Value = 0;
  return {
    job: 'node',
    instance: address,
    phaseMs,
    nextScrapeAt: firstAt,
    describe: () => ({ labels: series.targetLabels, address, seriesCount: series.seriesCount }),
    scrape(world: World, t: number): boolean {
      const h = world.hosts.get(host.spec.name)!;
      series.write(up, t, 1);
      cpu.forEach((modes, c) => {
        // Spread each mode's time over the CPUs with a small fixed skew, as real cores are never identical.
        const skew = 1 + (((c * 7919) % 13) - 6) / 200;
        modes.forEach((slot, m) => series.write(slot, t, (h.cpuSeconds[MODES[m]!] / cpus) * (MODES[m] === 'idle' ? 1 : skew)));
      });
      series.write(memTotal, t, h.spec.memory_gb * 1e9);
      series.write(memAvailable, t, Math.max(0, h.spec.memory_gb * 1e9 - h.memoryUsedBytes));
      h.disks.forEach((d, i) => {
        const free = Math.max(0, d.sizeBytes - d.usedBytes);
        series.write(fs[i]!.size, t, d.sizeBytes);
        series.write(fs[i]!.free, t, free);
        // ext4 keeps 5% for root: what non-root users can still write.
        series.write(fs[i]!.avail, t, Math.max(0, free - d.sizeBytes * 0.05));
      });
      series.write(rx, t, Math.floor(h.networkRxBytes));
      series.write(tx, t, Math.floor(h.networkTxBytes));
      const load = h.cpuUtilisation * cpus;
      load5Value += (load - load5Value) * 0.05;
      series.write(load1, t, Number(load.toFixed(2)));
      series.write(load5, t, Number(load5Value.toFixed(2)));
      series.write(boot, t, Math.floor((world.startUnixMs - 40 * 86_400_000) / 1000));
      return true;
    },
  };
}
