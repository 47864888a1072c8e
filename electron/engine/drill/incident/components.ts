import type { IncidentSpec } from '../../scenario/incident-schema';

/** The status page's public components and the services behind each: the scenario's, else one per internal service. */
export function statusPageComponents(spec: Pick<IncidentSpec, 'components'>, services: readonly string[]): { name: string; services: string[] }[] {
  if (spec.components.length > 0) return spec.components.map((c) => ({ name: c.name, services: [...c.services] }));
  return services.map((service) => ({ name: service.charAt(0).toUpperCase() + service.slice(1), services: [service] }));
}
