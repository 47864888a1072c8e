import { stringify } from 'yaml';
import type { ServiceState } from '../../../sim/world';
import type { CommandContext, FileProvider } from '../../types';

const PATH = /^\/etc\/([^/]+)\/config\.yaml$/;

function servicesOn(host: string, context: CommandContext): ServiceState[] {
  return [...context.world.services.values()].filter((s) => s.instances.some((pod) => pod.host === host));
}

/**
 * `/etc/<service>/config.yaml` on each host running a pod of the service: its live configuration, so a
 * bad config value shows here as soon as it is pushed.
 */
export const serviceConfigFiles: FileProvider = {
  name: 'service-config',
  paths: (host, context) => servicesOn(host, context).map((s) => `/etc/${s.spec.name}/config.yaml`),
  read: (_host, path, context) => {
    const service = context.world.services.get(PATH.exec(path)?.[1] ?? '');
    if (!service) return '';
    const header = `# ${service.spec.name} ${service.revisions[service.revisions.length - 1]?.version ?? service.spec.version}: managed by config-sync, local edits are overwritten\n`;
    return service.config.size === 0 ? `${header}{}\n` : header + stringify(Object.fromEntries(service.config));
  },
};
