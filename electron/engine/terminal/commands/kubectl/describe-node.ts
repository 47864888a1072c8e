import type { HostState } from '../../../sim/world';
import { ipFor } from '../../../sim/world';
import { humanDuration } from '../../table';
import type { CommandContext } from '../../types';
import { KUBELET_VERSION, nodeCreatedAt, nodeLabels, podsIn } from './cluster';
import { eventsSection, pairs } from './describe-events';
import { memoryQuantity, rfc1123 } from './format';

const MI = 1024 * 1024;

/** `kubectl describe node`: conditions from the host's disks and memory, and the pods it runs with their requests. */
export function describeNode(context: CommandContext, host: HostState): string {
  const name = host.spec.name;
  const time = (ms: number) => rfc1123(context.world.startUnixMs + ms);
  const heartbeat = time(context.now - (context.now % 10_000));
  const since = time(nodeCreatedAt(host));
  const memoryKi = Math.round((host.spec.memory_gb * 1e9) / 1024);
  const diskFull = host.disks.some((d) => d.usedBytes / d.sizeBytes > 0.9);
  const memoryLow = host.memoryUsedBytes / (host.spec.memory_gb * 1e9) > 0.9;
  const condition = (type: string, bad: boolean, okReason: string, okMessage: string, badReason: string, badMessage: string) =>
    `  ${type}\t${bad ? 'True' : 'False'}\t${heartbeat}\t${since}\t${bad ? badReason : okReason}\t${bad ? badMessage : okMessage}`;
  const pods = podsIn(context.world, { namespace: '', all: true }).filter((v) => v.pod.host === name && v.pod.status !== 'Terminating');
  const cpuMilli = host.spec.cpus * 1000;
  const memMi = (host.spec.memory_gb * 1e9) / MI;
  const percent = (part: number, whole: number) => `${Math.floor((part / whole) * 100)}%`;
  const requestedMemMi = pods.reduce((sum, v) => sum + v.service.spec.memory_mb, 0);
  const limitMemMi = pods.reduce((sum, v) => sum + v.service.spec.memory_limit_mb, 0);
  return [
    `Name:\t${name}`,
    'Roles:\t<none>',
    ...pairs('Labels:', nodeLabels(host)),
    'Annotations:\tnode.alpha.kubernetes.io/ttl: 0',
    `CreationTimestamp:\t${since}`,
    `Taints:\t${host.cordoned ? 'node.kubernetes.io/unschedulable:NoSchedule' : '<none>'}`,
    `Unschedulable:\t${host.cordoned}`,
    'Conditions:',
    '  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage',
    '  ----\t------\t-----------------\t------------------\t------\t-------',
    condition('MemoryPressure', memoryLow, 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available', 'KubeletHasInsufficientMemory', 'kubelet has insufficient memory available'),
    condition('DiskPressure', diskFull, 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure', 'KubeletHasDiskPressure', 'kubelet has disk pressure'),
    condition('PIDPressure', false, 'KubeletHasSufficientPID', 'kubelet has sufficient PID available', '', ''),
    `  Ready\tTrue\t${heartbeat}\t${since}\tKubeletReady\tkubelet is posting ready status`,
    'Addresses:',
    `  InternalIP:\t${ipFor(name)}`,
    `  Hostname:\t${name}`,
    'Capacity:',
    `  cpu:\t${host.spec.cpus}`,
    `  memory:\t${memoryKi}Ki`,
    '  pods:\t110',
    'Allocatable:',
    `  cpu:\t${host.spec.cpus}`,
    `  memory:\t${memoryKi}Ki`,
    '  pods:\t110',
    'System Info:',
    '  Kernel Version:\t5.15.0-1057-aws',
    '  OS Image:\tUbuntu 22.04.4 LTS',
    '  Operating System:\tlinux',
    '  Architecture:\tamd64',
    '  Container Runtime Version:\tcontainerd://1.7.13',
    `  Kubelet Version:\t${KUBELET_VERSION}`,
    'PodCIDR:\t10.244.0.0/24',
    `Non-terminated Pods:\t(${pods.length} in total)`,
    '  Namespace\tName\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge',
    '  ---------\t----\t------------\t----------\t---------------\t-------------\t---',
    ...pods.map((v) => {
      const { memory_mb: req, memory_limit_mb: lim } = v.service.spec;
      return `  ${v.namespace}\t${v.pod.name}\t250m (${percent(250, cpuMilli)})\t0 (0%)\t${memoryQuantity(req)} (${percent(req, memMi)})\t${memoryQuantity(lim)} (${percent(lim, memMi)})\t${humanDuration(context.now - v.pod.createdAt)}`;
    }),
    'Allocated resources:',
    '  (Total limits may be over 100 percent, i.e., overcommitted.)',
    '  Resource\tRequests\tLimits',
    '  --------\t--------\t------',
    `  cpu\t${pods.length * 250}m (${percent(pods.length * 250, cpuMilli)})\t0 (0%)`,
    `  memory\t${memoryQuantity(requestedMemMi)} (${percent(requestedMemMi, memMi)})\t${memoryQuantity(limitMemMi)} (${percent(limitMemMi, memMi)})`,
    ...eventsSection(context, 'default', [`node/${name}`]),
  ].join('\n');
}
