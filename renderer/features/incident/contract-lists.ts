import type { CHANNELS, CHECKLIST_STEPS, COMPONENT_STATUSES, INCIDENT_STATUSES, KEY_MOMENTS, MESSAGE_MAX, ROLES, SEVERITIES } from '../../../electron/contract';

/*
 * The contract's lists, restated here because the ui may import only the contract's types (DESIGN.md §2,
 * enforced by lint). Each is typed as `typeof` the original, so a change to the contract fails to compile
 * here instead of drifting.
 */

export const SEVERITY_LIST: typeof SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV5'];
export const STATUS_LIST: typeof INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'];
export const ROLE_LIST: typeof ROLES = ['ic', 'comms', 'ops', 'scribe'];
export const CHANNEL_LIST: typeof CHANNELS = ['incident', 'stakeholders'];
export const KEY_MOMENT_LIST: typeof KEY_MOMENTS = ['detected', 'mitigated', 'resolved'];
export const CHECKLIST_STEP_LIST: typeof CHECKLIST_STEPS = ['size-up', 'stabilise', 'update', 'verify'];
export const COMPONENT_STATUS_LIST: typeof COMPONENT_STATUSES = ['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance'];
/** The longest chat or composer text the back end accepts. */
export const MESSAGE_LIMIT: typeof MESSAGE_MAX = 4000;
