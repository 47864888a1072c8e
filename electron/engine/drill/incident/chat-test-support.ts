/** Fixtures for the chat and teammate tests: the default team, a fresh incident, a context over a world's names. */
import { DEFAULT_TEAM } from '../../scenario/incident-schema';
import type { ChatContext } from './ports';
import type { IncidentSnapshot } from './types';

/** An incident as the room starts it: nothing declared, nobody in a role but the learner as IC. */
export function freshIncident(over: Partial<IncidentSnapshot> = {}): IncidentSnapshot {
  return {
    declared: false,
    title: '',
    status: 'investigating',
    impact: '',
    services: [],
    roles: { ic: 'you', comms: undefined, ops: undefined, scribe: undefined },
    messages: [],
    questions: [],
    tasks: [],
    statusPage: { components: [], draft: '', published: [] },
    hints: [],
    hintsLeft: 0,
    checklist: { 'size-up': false, stabilise: false, update: false, verify: false },
    notes: [],
    marks: {},
    revision: 0,
    ...over,
  };
}

export function chatContext(incident: IncidentSnapshot = freshIncident(), services: string[] = ['checkout', 'payments']): ChatContext {
  return { team: DEFAULT_TEAM, services, incident };
}
