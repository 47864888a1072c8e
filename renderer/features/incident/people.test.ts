import { describe, expect, it } from 'vitest';
import type { IncidentView } from '../../../electron/contract';
import { authorLine, holderName, rolesHeldBy } from './people';

const roster: Pick<IncidentView, 'learner' | 'team' | 'stakeholders' | 'roles'> = {
  learner: 'Sam',
  team: [
    { id: 'priya', name: 'Priya Shah', title: 'Database engineer' },
    { id: 'marco', name: 'Marco Díaz', title: 'Site reliability engineer' },
  ],
  stakeholders: [{ id: 'vp', name: 'Ruth Klein', title: 'VP Engineering', kind: 'executive' }],
  roles: { ic: 'you', comms: undefined, ops: 'marco', scribe: 'marco' },
};

describe('roles', () => {
  it('lists the roles a teammate holds in the roles’ order', () => expect(rolesHeldBy(roster, 'marco')).toEqual(['ops', 'scribe']));
  it.each([
    ['ic', 'You (Sam)'],
    ['ops', 'Marco Díaz'],
    ['comms', 'unassigned'],
  ] as const)('%s is held by %s', (role, name) => expect(holderName(roster, role)).toBe(name));
});

describe('authorLine', () => {
  it('gives a teammate’s title and incident roles', () => {
    expect(authorLine(roster, { kind: 'teammate', id: 'marco', name: 'Marco Díaz' })).toEqual({ name: 'Marco Díaz', detail: 'Site reliability engineer · Operations lead · Scribe' });
  });
  it('gives a stakeholder’s title', () => {
    expect(authorLine(roster, { kind: 'stakeholder', id: 'vp', name: 'Ruth Klein' })).toEqual({ name: 'Ruth Klein', detail: 'VP Engineering' });
  });
  it('marks the learner as the incident commander', () => {
    expect(authorLine(roster, { kind: 'learner', name: 'Sam' })).toEqual({ name: 'Sam', detail: 'Incident commander' });
  });
  it('names someone not on the roster without inventing a title', () => {
    expect(authorLine(roster, { kind: 'teammate', id: 'zoe', name: 'Zoe' })).toEqual({ name: 'Zoe' });
  });
});
