import { beforeEach, describe, expect, it } from 'vitest';
import type { DrillView, IncidentOutcome, IncidentView, StructuredUpdate } from '../../electron/contract';
import { MESSAGE_LIMIT } from '../features/incident/contract-lists';
import { createFakeApi } from '../api/fake-api';
import { useAppStore } from './store';

const fake = createFakeApi();
const { calls, answers } = fake;

/** The drill view as the back end reports it; only the incident's revision matters to these tests. */
let revision = 1;
const drillView = () => ({ scenario: 's', version: 'v', seed: 1, ended: false, now: 60_000, incident: { revision } }) as unknown as DrillView;
const incidentView = (rev: number) => ({ revision: rev, statusPage: { components: [{ name: 'Checkout', status: 'operational' }], draft: 'old', published: [] } }) as unknown as IncidentView;
const outcome = (type: IncidentOutcome['type']) => ({ ok: true as const, value: { type, messages: [], status: 'investigating' } satisfies IncidentOutcome });

const methods = () => calls.map((c) => c.method);

beforeEach(() => {
  revision = 1;
  fake.reset({
    'drill.view': () => ({ ok: true, value: drillView() }),
    'incident.view': () => ({ ok: true, value: incidentView(revision) }),
  });
  useAppStore.setState({ view: drillView(), error: undefined });
  useAppStore.getState().resetIncident();
});

describe('incident slice: refreshing', () => {
  it('fetches the incident view once per revision', async () => {
    await useAppStore.getState().syncIncident();
    await useAppStore.getState().syncIncident();
    expect(methods()).toEqual(['incident.view']);
    revision = 2;
    useAppStore.setState({ view: drillView() });
    await useAppStore.getState().syncIncident();
    expect(methods()).toEqual(['incident.view', 'incident.view']);
    expect(useAppStore.getState().incidentView?.revision).toBe(2);
  });

  it('asks again once when the revision moves during a fetch, not once per tick', async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((r) => (release = r));
    answers['incident.view'] = async () => {
      const served = revision;
      if (served === 1) await slow;
      return { ok: true, value: incidentView(served) };
    };
    const first = useAppStore.getState().syncIncident();
    revision = 2;
    useAppStore.setState({ view: drillView() });
    await useAppStore.getState().syncIncident();
    await useAppStore.getState().syncIncident();
    release();
    await first;
    expect(methods()).toEqual(['incident.view', 'incident.view']);
    expect(useAppStore.getState().incidentView?.revision).toBe(2);
  });

  it('keeps a failed fetch as the load error and does not retry in a loop', async () => {
    answers['incident.view'] = () => ({ ok: false, error: { code: 'no_drill', message: 'no drill is running' } });
    await useAppStore.getState().syncIncident();
    expect(methods()).toEqual(['incident.view']);
    expect(useAppStore.getState().incidentErrors.load).toEqual({ message: 'no drill is running' });
  });
});

describe('incident slice: actions', () => {
  it('declares, then refreshes the drill view and the incident view it moved', async () => {
    answers['incident.declare'] = () => {
      revision = 2;
      return outcome('incident.declare');
    };
    const input = { title: 'Checkout failing', severity: 'SEV2' as const, impact: 'payments fail', services: ['checkout'] };
    await expect(useAppStore.getState().declareIncident(input)).resolves.toBe(true);
    expect(methods()).toEqual(['incident.declare', 'drill.view', 'incident.view']);
    expect(calls[0]!.input).toEqual(input);
    expect(useAppStore.getState().incidentView?.revision).toBe(2);
  });

  it('keeps a refusal on its own form, with the field it names and without the request name', async () => {
    answers['incident.update'] = () => ({
      ok: false,
      error: { code: 'bad_input', message: 'incident.update: update.nextUpdateIn: not a valid duration (e.g. 15m)', field: 'update.nextUpdateIn' },
    });
    const update = { kind: 'update', impact: '', severity: 'SEV2', status: 'investigating', actions: '', nextUpdateIn: 'soon', text: '' } satisfies StructuredUpdate;
    await expect(useAppStore.getState().postUpdate(['incident'], update)).resolves.toBe(false);
    const { incidentErrors, error } = useAppStore.getState();
    expect(incidentErrors).toEqual({ update: { message: 'not a valid duration (e.g. 15m)', field: 'update.nextUpdateIn' } });
    expect(error).toBeUndefined();
    expect(methods()).toEqual(['incident.update']);
  });

  it('clears a form’s error once the form succeeds', async () => {
    answers['incident.assign'] = () => ({ ok: false, error: { code: 'conflict', message: 'priya already holds ops' } });
    await useAppStore.getState().assignTeammate({ teammate: 'marco', role: 'ops' });
    expect(useAppStore.getState().incidentErrors.assign?.message).toBe('priya already holds ops');
    answers['incident.assign'] = () => outcome('incident.assign');
    await useAppStore.getState().assignTeammate({ teammate: 'marco', task: 'check the database', reportIn: '5m' });
    expect(useAppStore.getState().incidentErrors.assign).toBeUndefined();
  });

  it('opens a dialog without the error its last use left, keeping other forms’ errors', () => {
    useAppStore.setState({ incidentErrors: { update: { message: 'not a valid duration' }, assign: { message: 'unknown teammate' } } });
    useAppStore.getState().openIncidentDialog({ kind: 'update', updateKind: 'update' });
    expect(useAppStore.getState().incidentDialog).toEqual({ kind: 'update', updateKind: 'update' });
    expect(useAppStore.getState().incidentErrors).toEqual({ assign: { message: 'unknown teammate' } });
  });

  it('resolves with the composer’s message and a summary taken from it', async () => {
    answers['incident.resolve'] = () => outcome('incident.resolve');
    const update = { kind: 'resolution', impact: 'none now', severity: 'SEV2', status: 'resolved', actions: 'rolled back', nextUpdateIn: '', recoveryConfirmed: true, dataLoss: 'none', text: 'All clear.' } satisfies StructuredUpdate;
    await useAppStore.getState().resolveWithUpdate(update);
    expect(calls[0]).toEqual({ method: 'incident.resolve', input: { summary: 'All clear.', update } });
  });

  it('refreshes the document too when its tab is open', async () => {
    answers['incident.note'] = () => outcome('incident.note');
    answers['incident.timeline'] = () => ({ ok: true, value: [{ id: 'n1', at: 0, kind: 'note', author: 'you', text: 'x' }] });
    useAppStore.getState().setIncidentTab('document');
    await useAppStore.getState().addNote('rollback started', 'mitigated');
    expect(calls[0]!.input).toEqual({ text: 'rollback started', key: 'mitigated' });
    expect(methods()).toContain('incident.timeline');
    expect(useAppStore.getState().incidentTimeline).toHaveLength(1);
  });
});

describe('incident slice: checklist', () => {
  const checklist = { 'size-up': false, stabilise: false, update: false, verify: false };

  it('ticks a step at once, before the back end answers', async () => {
    let seen: boolean | undefined;
    answers['checklist.toggle'] = () => {
      seen = useAppStore.getState().incidentView?.checklist['size-up'];
      return outcome('checklist.toggle');
    };
    useAppStore.setState({ incidentView: { ...incidentView(1), checklist } });
    await expect(useAppStore.getState().toggleChecklistStep('size-up', true)).resolves.toBe(true);
    expect(seen).toBe(true);
    expect(calls[0]).toEqual({ method: 'checklist.toggle', input: { step: 'size-up', done: true } });
  });

  it('takes the tick back when the toggle is refused', async () => {
    answers['checklist.toggle'] = () => ({ ok: false, error: { code: 'no_drill', message: 'the drill has ended' } });
    useAppStore.setState({ incidentView: { ...incidentView(1), checklist } });
    await useAppStore.getState().toggleChecklistStep('verify', true);
    expect(useAppStore.getState().incidentView?.checklist.verify).toBe(false);
    expect(useAppStore.getState().incidentErrors.checklist?.message).toBe('the drill has ended');
  });
});

describe('incident slice: chat', () => {
  it('sends the draft as a reply and empties it', async () => {
    answers['chat.post'] = () => outcome('chat.post');
    useAppStore.getState().setChatDraft('stakeholders', 'Checkout is failing for about 30% of users.');
    useAppStore.getState().setReplyTo('stakeholders', 'm4');
    await expect(useAppStore.getState().postChat('stakeholders')).resolves.toBe(true);
    expect(calls[0]).toEqual({ method: 'chat.post', input: { channel: 'stakeholders', text: 'Checkout is failing for about 30% of users.', replyTo: 'm4' } });
    expect(useAppStore.getState().chatDrafts.stakeholders).toEqual({ text: '' });
  });

  it('keeps the text and shows the back end’s reason when a command is refused', async () => {
    answers['chat.post'] = () => ({ ok: false, error: { code: 'bad_input', message: 'usage: /sev <SEV1–SEV5> [reason]' } });
    useAppStore.getState().setChatDraft('incident', '/sev');
    await expect(useAppStore.getState().postChat('incident')).resolves.toBe(false);
    expect(useAppStore.getState().chatDrafts.incident.text).toBe('/sev');
    expect(useAppStore.getState().incidentErrors['chat:incident']).toEqual({ message: 'usage: /sev <SEV1–SEV5> [reason]' });
    expect(useAppStore.getState().incidentErrors['chat:stakeholders']).toBeUndefined();
  });

  it.each([
    ['an empty message', '   ', 'empty message'],
    ['an oversized message', 'x'.repeat(MESSAGE_LIMIT + 1), 'longer than 4000 characters'],
  ])('catches %s before sending, keeping the text', async (_name, text, reason) => {
    useAppStore.getState().setChatDraft('incident', text);
    await useAppStore.getState().postChat('incident');
    expect(calls).toEqual([]);
    expect(useAppStore.getState().incidentErrors['chat:incident']?.message).toBe(reason);
    expect(useAppStore.getState().chatDrafts.incident.text).toBe(text);
  });
});

describe('incident slice: status page', () => {
  it('publishes the edited draft and forgets the edits once saved', async () => {
    answers['statuspage.update'] = () => outcome('statuspage.update');
    await useAppStore.getState().syncIncident();
    useAppStore.getState().setStatusPageDraft({ components: [{ name: 'Checkout', status: 'major_outage' }], draft: 'We are investigating failed payments.' });
    await expect(useAppStore.getState().saveStatusPage(true)).resolves.toBe(true);
    expect(calls.find((c) => c.method === 'statuspage.update')!.input).toEqual({
      components: [{ name: 'Checkout', status: 'major_outage' }],
      draft: 'We are investigating failed payments.',
      publish: true,
    });
    expect(useAppStore.getState().statusPageDraft).toBeUndefined();
  });

  it('keeps the edits when the save is refused', async () => {
    answers['statuspage.update'] = () => ({ ok: false, error: { code: 'bad_input', message: 'statuspage.update: draft: longer than 4000 characters', field: 'draft' } });
    const edits = { components: [], draft: 'y' };
    useAppStore.getState().setStatusPageDraft(edits);
    await useAppStore.getState().saveStatusPage(false);
    expect(useAppStore.getState().statusPageDraft).toEqual(edits);
    expect(useAppStore.getState().incidentErrors.statuspage).toEqual({ message: 'longer than 4000 characters', field: 'draft' });
  });
});
