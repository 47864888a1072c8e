import type { ComponentStatus, IncidentStatus, Role, Severity, UpdateKind } from '../../../electron/contract';

/**
 * PagerDuty's severity levels, as the declare form and the severity badge explain them (paraphrased from
 * PagerDuty's incident response docs, CONVENTIONS.md §6). SEV2 and worse are major incidents.
 */
export const SEVERITY_DEFINITIONS: Record<Severity, { label: string; definition: string; response: string }> = {
  SEV1: {
    label: 'Critical',
    definition: 'Critical: many customers are hit, the SLA is broken or customer data is exposed; needs public notice and an executive liaison.',
    response: 'Major incident',
  },
  SEV2: { label: 'Major', definition: 'Critical issue that stops many customers from using the product.', response: 'Major incident' },
  SEV3: { label: 'Partial', definition: 'Partial or minor impact, or likely to become a SEV2 if left alone.', response: 'High-urgency page' },
  SEV4: { label: 'Minor', definition: 'Minor problem with no impact on how customers use the product.', response: 'Low-urgency page' },
  SEV5: { label: 'Cosmetic', definition: 'Cosmetic issue only.', response: 'Ticket' },
};

/** One line a badge's tooltip can show: the definition and the response it calls for. */
export function severityTooltip(severity: Severity): string {
  const s = SEVERITY_DEFINITIONS[severity];
  return `${severity} (${s.label}): ${s.definition} Response: ${s.response.toLowerCase()}.`;
}

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

/** The statuses a learner may set by hand; resolving goes through its own forms. */
export const SETTABLE_STATUSES = ['investigating', 'identified', 'monitoring'] as const;

/** Statuspage's component states, in its own words. */
export const COMPONENT_STATUS_LABELS: Record<ComponentStatus, string> = {
  operational: 'Operational',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
  under_maintenance: 'Under maintenance',
};

export const ROLE_LABELS: Record<Role, string> = {
  ic: 'Incident commander',
  comms: 'Communications lead',
  ops: 'Operations lead',
  scribe: 'Scribe',
};

export const UPDATE_KIND_LABELS: Record<UpdateKind, string> = {
  initial: 'Initial report',
  update: 'Status update',
  resolution: 'Resolution',
};
