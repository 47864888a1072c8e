import { beforeEach, describe, expect, it } from 'vitest';
import type { DrillView } from '../../electron/contract';
import { createFakeApi } from '../api/fake-api';
import { useAppStore } from './store';

const fake = createFakeApi();
const { calls, answers } = fake;

const view = { scenario: 'checkout-bad-deploy', version: 'abc', seed: 7, ended: false } as DrillView;

beforeEach(() => {
  fake.reset({ 'drill.view': () => ({ ok: true, value: view }) });
  useAppStore.setState({ view, error: undefined });
  useAppStore.getState().resetAlerting();
});

describe('alerting slice', () => {
  it('creates a silence, refreshes the view and reports success', async () => {
    answers['silence.create'] = () => ({ ok: true, value: { type: 'silence.create', ok: true, id: 's1' } });
    const input = { matchers: [{ name: 'alertname', value: 'X', isRegex: false, isEqual: true }], duration: '2h', comment: 'on it' };
    await expect(useAppStore.getState().createSilence(input)).resolves.toBe(true);
    expect(calls.map((c) => c.method)).toEqual(['silence.create', 'drill.view']);
    expect(calls[0]!.input).toEqual(input);
  });

  it('shows a refused action in the error banner', async () => {
    answers['silence.expire'] = () => ({ ok: true, value: { type: 'silence.expire', id: 's9', ok: false, reason: 'no silence s9' } });
    await useAppStore.getState().expireSilence('s9');
    expect(useAppStore.getState().error).toBe('no silence s9');
  });

  it('runs the lab on the drill’s scenario, version and seed', async () => {
    answers['alerting.lab'] = () => ({ ok: true, value: { ok: false, problems: [] } });
    await useAppStore.getState().runLab('groups: []');
    expect(calls[0]).toEqual({ method: 'alerting.lab', input: { scenario: 'checkout-bad-deploy', version: 'abc', seed: 7, text: 'groups: []', within: '5m' } });
    expect(useAppStore.getState().labReport).toEqual({ ok: false, problems: [] });
    expect(useAppStore.getState().ruleBusy).toBeUndefined();
  });

  it('shows a runbook error in the viewer, not the banner', async () => {
    answers['runbook.get'] = () => ({ ok: false, error: { code: 'not_found', message: 'no runbook x' } });
    await useAppStore.getState().openRunbook('x');
    expect(useAppStore.getState().runbook).toEqual({ ref: 'x', status: 'error', error: 'no runbook x' });
    expect(useAppStore.getState().error).toBeUndefined();
  });

  it('keeps the runbook opened last when an earlier answer arrives late', async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((r) => (release = r));
    answers['runbook.get'] = async (input) => {
      const { ref } = input as { ref: string };
      if (ref === 'first') await slow;
      return { ok: true, value: { path: `runbooks/${ref}.md`, markdown: `# ${ref}` } };
    };
    const first = useAppStore.getState().openRunbook('first');
    await useAppStore.getState().openRunbook('second');
    release();
    await first;
    expect(useAppStore.getState().runbook).toMatchObject({ ref: 'second', status: 'ok' });
  });

  it('opens a rule draft in the editor tab, dropping results that described other text', () => {
    useAppStore.setState({ alertsTab: 'silences', ruleText: 'old', labReport: { ok: false, problems: [] }, rulesAdded: { type: 'rules.add', ok: true, groups: ['g'] } as never });
    useAppStore.getState().openRuleDraft('groups: []\n');
    const state = useAppStore.getState();
    expect(state.alertsTab).toBe('editor');
    expect(state.ruleText).toBe('groups: []\n');
    expect(state.labReport).toBeUndefined();
    expect(state.rulesAdded).toBeUndefined();
  });

  it('selects tabs, and a new drill starts on the alerts tab', () => {
    useAppStore.getState().setAlertsTab('rules');
    expect(useAppStore.getState().alertsTab).toBe('rules');
    useAppStore.getState().resetAlerting();
    expect(useAppStore.getState().alertsTab).toBe('alerts');
  });
});
