import { describe, expect, it } from 'vitest';
import type { TeamState } from '../../../electron/contract';
import { fieldError, formError, formLevelError } from '../incident/errors';
import { TEAM_MAX, addRow, initialRows, removeRow, rowField, rowFields, teamOf, updateRow } from './team-form';
import { actingTime, participantLabel } from './team-labels';
import { participantForShortcut, shortcutKeys } from './team-shortcuts';

const grow = (times: number) => Array.from({ length: times }).reduce<ReturnType<typeof initialRows>>((rows) => addRow(rows), initialRows());

describe('team form rows', () => {
  it('starts with an incident commander and a communications lead, both unnamed', () => {
    expect(teamOf(initialRows())).toEqual([
      { name: '', role: 'ic' },
      { name: '', role: 'comms' },
    ]);
  });

  it('gives each new row the first role nobody holds, then operations lead once all four are taken', () => {
    expect(grow(4).map((r) => r.role)).toEqual(['ic', 'comms', 'ops', 'scribe', 'ops', 'ops']);
  });

  it('stops at eight rows and never drops below two', () => {
    expect(grow(10)).toHaveLength(TEAM_MAX);
    const two = initialRows();
    expect(removeRow(two, two[0]!.key)).toEqual(two);
  });

  it('removes the row by key and keeps keys unique for rows added after a removal', () => {
    const four = grow(2);
    const three = removeRow(four, four[1]!.key);
    expect(three.map((r) => r.role)).toEqual(['ic', 'ops', 'scribe']);
    const keys = addRow(three).map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('edits one row and sends names as typed, in order (the first acts first)', () => {
    let rows = initialRows();
    rows = updateRow(rows, rows[1]!.key, { name: 'Ben', role: 'ops' });
    rows = updateRow(rows, rows[0]!.key, { name: ' Ana ' });
    expect(teamOf(rows)).toEqual([
      { name: ' Ana ', role: 'ic' },
      { name: 'Ben', role: 'ops' },
    ]);
  });
});

describe('a refused team, beside its field', () => {
  // The shape validateRequest gives a zod issue at team[1].name: "method: path: reason", with the path as `field`.
  const duplicate = formError({ code: 'bad_input', message: 'drill.start: team.1.name: "ana" is already in the team', field: 'team.1.name' }, 'drill.start');

  it('shows the reason alone beside the second row\'s name, and nothing at the foot', () => {
    const rows = grow(1);
    expect(fieldError(duplicate, rowField(1, 'name'))).toBe('"ana" is already in the team');
    expect(fieldError(duplicate, rowField(0, 'name'))).toBeUndefined();
    expect(formLevelError(duplicate, rowFields(rows))).toBeUndefined();
  });

  it('puts a refusal of the team as a whole at the form\'s foot', () => {
    const tooFew = formError({ code: 'bad_input', message: 'drill.start: team: a team drill needs at least 2 participants', field: 'team' }, 'drill.start');
    expect(formLevelError(tooFew, rowFields(initialRows()))).toBe('a team drill needs at least 2 participants');
  });
});

describe('team labels and shortcuts', () => {
  const team: TeamState = {
    participants: [
      { name: 'Ana', role: 'ic' },
      { name: 'Ben', role: 'comms' },
      { name: 'Cy', role: 'ops' },
    ],
    acting: 'Ana',
  };
  const key = (code: string, mods: Partial<KeyboardEvent> = {}) => ({ altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, code, ...mods });

  it('names a participant with the incident room\'s role names', () => {
    expect(team.participants.map(participantLabel)).toEqual(['Ana — Incident commander', 'Ben — Communications lead', 'Cy — Operations lead']);
  });

  it('maps Alt+N to participant N and nothing else', () => {
    expect(participantForShortcut(key('Digit1'), team)).toBe('Ana');
    expect(participantForShortcut(key('Digit3'), team)).toBe('Cy');
    expect(participantForShortcut(key('Digit4'), team)).toBeUndefined();
    expect(participantForShortcut(key('Digit2', { altKey: false }), team)).toBeUndefined();
    expect(participantForShortcut(key('Digit2', { ctrlKey: true }), team)).toBeUndefined();
    expect(participantForShortcut(key('Digit2', { shiftKey: true }), team)).toBeUndefined();
    expect(participantForShortcut(key('KeyB'), team)).toBeUndefined();
    expect(shortcutKeys(team)).toBe('Alt+1 Alt+2 Alt+3');
  });

  it('shows time acting as mm:ss', () => {
    expect([actingTime(0), actingTime(65_400), actingTime(185_000), actingTime(3_725_000)]).toEqual(['00:00', '01:05', '03:05', '62:05']);
  });
});
