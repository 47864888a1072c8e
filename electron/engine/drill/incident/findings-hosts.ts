import { percent, quote } from './findings-format';
import type { TaskReport, WorldProbe } from './ports';

const CPU_BUSY = 0.85;
const MEMORY_FULL = 0.9;
const DISK_FULL = 0.9;

type HostNumbers = { cpu: number; memory: number; disk?: { mount: string; used: number } };

/**
 * The nodes as node_exporter shows them: CPU busy share, memory in use and the fullest filesystem per host,
 * and which service burns the most CPU (a saturated service shows there before it shows on a node).
 */
export function checkHosts(probe: WorldProbe, target: string | undefined): TaskReport {
  const selector = target ? `{nodename=${quote(target)}}` : '';
  const idleSelector = target ? `{mode="idle", nodename=${quote(target)}}` : '{mode="idle"}';
  const cpu = `1 - avg by (nodename) (rate(node_cpu_seconds_total${idleSelector}[5m]))`;
  const memory = `1 - node_memory_MemAvailable_bytes${selector} / node_memory_MemTotal_bytes${selector}`;
  const disk = `1 - node_filesystem_avail_bytes${selector} / node_filesystem_size_bytes${selector}`;
  // kube_pod_info places each pod on its node, so a host's busiest service is a join away.
  const serviceCpu = target
    ? `topk(1, sum by (service) (rate(process_cpu_seconds_total[5m]) * on (namespace, pod) group_left (node) kube_pod_info{node=${quote(target)}}))`
    : 'topk(1, sum by (service) (rate(process_cpu_seconds_total[5m])))';
  const queries = [cpu, memory, disk, serviceCpu];
  const hosts = new Map<string, HostNumbers>();
  const host = (name: string): HostNumbers => {
    let h = hosts.get(name);
    if (!h) hosts.set(name, (h = { cpu: NaN, memory: NaN }));
    return h;
  };
  for (const s of probe.query(cpu)) if (s.metric.nodename) host(s.metric.nodename).cpu = s.value;
  for (const s of probe.query(memory)) if (s.metric.nodename) host(s.metric.nodename).memory = s.value;
  for (const s of probe.query(disk)) {
    if (!s.metric.nodename) continue;
    const h = host(s.metric.nodename);
    if (!h.disk || s.value > h.disk.used) h.disk = { mount: s.metric.mountpoint ?? '?', used: s.value };
  }
  if (hosts.size === 0) return { text: target ? `node_exporter has nothing for ${target}.` : 'node_exporter reports no hosts.', queries };
  const names = [...hosts.keys()].sort();
  const problems = names.flatMap((name) => hostProblems(name, hosts.get(name)!));
  const lines = names.map((name) => {
    const h = hosts.get(name)!;
    return `${name} CPU ${percent(h.cpu)}, memory ${percent(h.memory)}${h.disk ? `, disk ${h.disk.mount} ${percent(h.disk.used)}` : ''}`;
  });
  const busiest = probe.query(serviceCpu)[0];
  const busiestText = busiest?.metric.service ? ` Busiest service: ${busiest.metric.service} at ${busiest.value.toFixed(1)} CPU cores.` : '';
  const verdict = problems.length === 0 ? `The ${target ? 'host looks' : 'nodes look'} healthy` : `Found ${problems.join('; ')}`;
  return { text: `${verdict}: ${lines.join('; ')}.${busiestText}`, queries };
}

function hostProblems(name: string, h: HostNumbers): string[] {
  const out: string[] = [];
  if (h.cpu >= CPU_BUSY) out.push(`${name} CPU saturated`);
  if (h.memory >= MEMORY_FULL) out.push(`${name} memory nearly full`);
  if (h.disk && h.disk.used >= DISK_FULL) out.push(`${name} disk ${h.disk.mount} nearly full`);
  return out;
}
