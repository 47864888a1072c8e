import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GOOD_CHECKOUT_RULE } from '../../engine/alerting/lab/example-rules';
import type { Backend } from '../backend';
import { startedBackend, valueOf } from './handler-testing';

const MINUTE = 60_000;

let backend: Backend;
beforeEach(async () => {
  backend = await startedBackend('checkout-bad-deploy', 'ada');
});
afterEach(() => backend.close());

const session = () => backend.context.session!;
const events = () => session().events();
const view = async () => valueOf(await backend.invoke('drill.view', {})).alerting;

describe('pages and acknowledgements', () => {
  it('acknowledges the page through the contract, records it, and the page stops escalating', async () => {
    session().advanceTo(6 * MINUTE);
    const page = (await view()).pages[0]!;
    expect(page.state).toBe('triggered');
    const ack = await backend.invoke('page.acknowledge', { page: page.id });
    expect(ack).toEqual({ ok: true, value: { type: 'page.acknowledge', page: page.id, acknowledged: true } });
    expect(events().at(-1)).toMatchObject({ type: 'page.acknowledge', payload: { page: page.id } });
    session().advanceTo(15 * MINUTE);
    expect((await view()).pages[0]!.state).toBe('acknowledged');
  });

  it('acknowledging the alert by name acknowledges its page too', async () => {
    session().advanceTo(6 * MINUTE);
    expect(await backend.invoke('alert.acknowledge', { alert: 'CheckoutHighErrorRate' })).toMatchObject({ ok: true, value: { acknowledged: true } });
    expect((await view()).pages[0]!.state).toBe('acknowledged');
  });

  it('an unknown page is answered, not thrown', async () => {
    expect(await backend.invoke('page.acknowledge', { page: 'page-99' })).toMatchObject({ ok: true, value: { acknowledged: false, reason: 'no page "page-99"' } });
  });
});

describe('silences', () => {
  it('creates a silence authored by the learner by default, and expires it', async () => {
    const created = await backend.invoke('silence.create', { matchers: [{ name: 'alertname', value: 'CheckoutHighErrorRate' }], duration: '2h', comment: 'deploy window' });
    expect(created).toEqual({ ok: true, value: { type: 'silence.create', ok: true, id: 'silence-1' } });
    const [silence] = (await view()).silences;
    expect(silence).toMatchObject({ id: 'silence-1', state: 'active', createdBy: 'ada', comment: 'deploy window', matchers: [{ name: 'alertname', value: 'CheckoutHighErrorRate', isRegex: false, isEqual: true }] });
    expect(silence!.endsAtMs - silence!.startsAtMs).toBe(2 * 3_600_000);
    expect(await backend.invoke('silence.expire', { id: 'silence-1' })).toMatchObject({ ok: true, value: { ok: true } });
    expect((await view()).silences[0]!.state).toBe('expired');
    expect(events().map((e) => e.type)).toEqual(['drill.start', 'silence.create', 'silence.expire']);
  });

  it('refuses malformed input with the field, before anything is recorded', async () => {
    const noMatchers = await backend.invoke('silence.create', { matchers: [], duration: '2h', comment: 'x' });
    expect(noMatchers).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'matchers' } });
    const badDuration = await backend.invoke('silence.create', { matchers: [{ name: 'a', value: 'b' }], duration: '30m2h', comment: 'x' });
    expect(badDuration).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'duration' } });
    const noComment = await backend.invoke('silence.create', { matchers: [{ name: 'a', value: 'b' }], duration: '1h', comment: '  ' });
    expect(noComment).toMatchObject({ ok: false, error: { field: 'comment' } });
    expect(events().map((e) => e.type)).toEqual(['drill.start']);
  });
});

describe('learner rules, the preview and runbooks', () => {
  const RULE = 'groups:\n  - name: mine\n    rules:\n      - alert: CheckoutSlow\n        expr: histogram_quantile(0.9, sum by (le) (rate(http_request_duration_seconds_bucket{service="checkout"}[5m]))) > 0.05\n        for: 1m\n';

  it('previews a rule over the last hour without changing the drill, and records that the learner looked', async () => {
    session().advanceTo(10 * MINUTE);
    const seriesBefore = session().drill.sim.store.seriesCount;
    const preview = await backend.invoke('rules.preview', { text: RULE });
    if (!preview.ok || !preview.value.ok) throw new Error(JSON.stringify(preview));
    const nowMs = session().drill.sim.world.startUnixMs + 10 * MINUTE;
    expect(preview.value.toMs).toBe(nowMs);
    expect(preview.value.fromMs).toBe(nowMs - 3_600_000);
    expect(preview.value.timelines.map((t) => t.rule)).toContain('CheckoutSlow');
    expect(session().drill.sim.store.seriesCount).toBe(seriesBefore);
    expect(events().at(-1)).toMatchObject({ type: 'rules.preview' });
  });

  it('reports a broken rule file with its line and adds nothing', async () => {
    const result = await backend.invoke('rules.add', { text: 'groups:\n  - name: mine\n    rules:\n      - alert: X\n        expr: sum(\n' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ ok: false, groups: [] });
    expect(result.value.problems[0]).toMatchObject({ line: 5 });
    expect((await view()).rules.some((r) => r.source === 'learner')).toBe(false);
  });

  it('adds a learner rule that the drill then evaluates, and a replay of the event log reproduces it', async () => {
    expect(await backend.invoke('rules.add', { text: RULE })).toMatchObject({ ok: true, value: { ok: true, groups: ['mine'] } });
    session().advanceTo(8 * MINUTE);
    const live = (await view()).alerts.find((a) => a.labels.alertname === 'CheckoutSlow');
    expect(live?.state).toBe('firing');
    const { replayDrill } = await import('../../engine/drill');
    const replayed = replayDrill(session().scenario, session().seed, events(), 8 * MINUTE);
    expect(JSON.stringify(replayed.view().alerting)).toBe(JSON.stringify(await view()));
  });

  it('opens the runbook a runbook_url names, and says when there is none', async () => {
    const url = 'https://runbooks.example.invalid/checkout/high-error-rate';
    const found = await backend.invoke('runbook.get', { ref: url });
    expect(found).toMatchObject({ ok: true, value: { path: 'runbooks/high-error-rate.md' } });
    if (!found.ok) return;
    expect(found.value.markdown).toMatch(/^# Checkout: high error rate/);
    expect(events().at(-1)).toMatchObject({ type: 'runbook.get', payload: { path: 'runbooks/high-error-rate.md' } });
    expect(await backend.invoke('runbook.get', { ref: 'https://wiki.invalid/nothing-here' })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'ref' } });
  });
});

describe('alerting.lab', () => {
  it('scores a good rule above a noisy one on the bundled scenario', async () => {
    const noisy = 'groups:\n  - name: lab\n    rules:\n      - alert: AnyTraffic\n        expr: service:http_requests:rate5m{service="checkout"} > 1\n';
    const a = await backend.invoke('alerting.lab', { scenario: 'checkout-bad-deploy', text: GOOD_CHECKOUT_RULE });
    const b = await backend.invoke('alerting.lab', { scenario: 'checkout-bad-deploy', text: noisy });
    if (!a.ok || !a.value.ok || !b.ok || !b.value.ok) throw new Error('lab failed');
    expect(a.value.score).toBe(a.value.max);
    expect(b.value.score).toBeLessThan(a.value.score);
    expect(b.value.checks.find((c) => c.id === 'no-false-positives')?.passed).toBe(false);
  });

  it('names an unknown scenario', async () => {
    expect(await backend.invoke('alerting.lab', { scenario: 'nope', text: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'scenario' } });
  });
});
