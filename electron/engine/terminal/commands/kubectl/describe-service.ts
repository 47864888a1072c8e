import type { ServiceState } from '../../../sim/world';
import type { CommandContext } from '../../types';
import { eventsSection } from './describe-events';
import { clusterIp, podIp } from './format';

/** `kubectl describe service`: its selector, ports, and the endpoints of its ready pods (none when all are unready). */
export function describeService(context: CommandContext, service: ServiceState): string {
  const { name, namespace, external } = service.spec;
  const head = [`Name:\t${name}`, `Namespace:\t${namespace}`, `Labels:\tapp=${name}`, 'Annotations:\t<none>'];
  if (external) {
    return [...head, 'Selector:\t<none>', 'Type:\tExternalName', 'IP Families:\t<none>', 'IP:\t', 'IPs:\t<none>', `External Name:\t${name}.example.com`, 'Session Affinity:\tNone', ...eventsSection(context, namespace, [`service/${name}`])].join('\n');
  }
  const ip = clusterIp(namespace, name);
  const ready = service.instances.filter((i) => i.ready).map((i) => `${podIp(i.name)}:8080`);
  const endpoints = ready.length === 0 ? '<none>' : ready.length > 3 ? `${ready.slice(0, 3).join(',')} + ${ready.length - 3} more...` : ready.join(',');
  return [
    ...head,
    `Selector:\tapp=${name}`,
    'Type:\tClusterIP',
    'IP Family Policy:\tSingleStack',
    'IP Families:\tIPv4',
    `IP:\t${ip}`,
    `IPs:\t${ip}`,
    'Port:\thttp  80/TCP',
    'TargetPort:\t8080/TCP',
    `Endpoints:\t${endpoints}`,
    'Session Affinity:\tNone',
    ...eventsSection(context, namespace, [`service/${name}`]),
  ].join('\n');
}
