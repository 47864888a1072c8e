import { describe, expect, it } from 'vitest';
import type { StructuredUpdate } from '../../../electron/contract';
import { blankUpdate, formatUpdate, updateWarnings } from './update-format';

const complete: StructuredUpdate = {
  kind: 'update',
  impact: 'About 30% of checkouts fail in eu-west.',
  severity: 'SEV2',
  status: 'identified',
  actions: 'Rolling back checkout to v41.',
  nextUpdateIn: '20m',
  text: '',
};

describe('updateWarnings', () => {
  it('has nothing to say about a complete status update', () => expect(updateWarnings(complete)).toEqual([]));

  it('names every protocol field a status update left out', () => {
    expect(updateWarnings({ ...complete, impact: ' ', actions: '', nextUpdateIn: '' })).toEqual([
      'no impact or scope (who is affected, how, where)',
      'no actions in progress',
      'no next-update time',
    ]);
  });

  it('asks a resolution for confirmed recovery and a data-loss statement, not a next update', () => {
    const resolution: StructuredUpdate = { ...complete, kind: 'resolution', status: 'resolved', nextUpdateIn: '', recoveryConfirmed: false, dataLoss: '' };
    expect(updateWarnings(resolution)).toEqual(['recovery not confirmed', 'no data-loss statement (say "no data was lost" if none was)']);
    expect(updateWarnings({ ...resolution, recoveryConfirmed: true, dataLoss: 'No data was lost.' })).toEqual([]);
  });

  it('notices a resolution that leaves the status open', () => {
    const resolution: StructuredUpdate = { ...complete, kind: 'resolution', recoveryConfirmed: true, dataLoss: 'none' };
    expect(updateWarnings(resolution)).toEqual(['a resolution should set the status to resolved']);
  });
});

describe('formatUpdate', () => {
  it('writes a status update as its readers see it', () => {
    expect(formatUpdate({ ...complete, text: 'Errors started after the 09:12 deploy.' })).toBe(
      [
        'Status update · SEV2 · Identified',
        'Impact: About 30% of checkouts fail in eu-west.',
        'Actions in progress: Rolling back checkout to v41.',
        'Errors started after the 09:12 deploy.',
        'Next update in 20m.',
      ].join('\n'),
    );
  });

  it('leaves out empty fields', () => {
    expect(formatUpdate({ ...complete, kind: 'initial', status: 'investigating', impact: '', actions: '', nextUpdateIn: '' })).toBe('Initial report · SEV2 · Investigating');
  });

  it('states recovery, data loss and follow-ups in a resolution', () => {
    const text = formatUpdate({ ...complete, kind: 'resolution', status: 'resolved', nextUpdateIn: '', recoveryConfirmed: true, dataLoss: 'No data was lost.', followUps: 'Postmortem on Monday.' });
    expect(text.split('\n')).toEqual([
      'Resolution · SEV2 · Resolved',
      'Impact: About 30% of checkouts fail in eu-west.',
      'What we did: Rolling back checkout to v41.',
      'Recovery is confirmed: the service is fully restored.',
      'Data loss: No data was lost.',
      'Follow-ups: Postmortem on Monday.',
    ]);
  });
});

describe('blankUpdate', () => {
  it('prefills the next update from the cadence and keeps the incident’s state', () => {
    expect(blankUpdate('update', { severity: 'SEV3', status: 'identified' }, '30m')).toMatchObject({ severity: 'SEV3', status: 'identified', nextUpdateIn: '30m' });
  });

  it('makes a resolution resolved, with no next update and the resolution fields', () => {
    expect(blankUpdate('resolution', { severity: 'SEV2', status: 'monitoring' }, '20m')).toMatchObject({
      status: 'resolved',
      nextUpdateIn: '',
      recoveryConfirmed: false,
      dataLoss: '',
      followUps: '',
    });
  });
});
