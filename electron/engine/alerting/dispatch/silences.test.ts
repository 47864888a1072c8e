import { describe, expect, it } from 'vitest';
import { Silences, silenceState } from './silences';

const M = 60_000;
const base = { matchers: [{ name: 'service', value: 'api|web', isRegex: true }], createdBy: 'oncall', comment: 'deploy' };

describe('Silences', () => {
  it('moves pending → active → expired by time and mutes only while active', () => {
    const s = new Silences();
    const r = s.add({ ...base, startsAtMs: 10 * M, endsAtMs: 20 * M }, 0);
    if (!r.ok) throw new Error(r.reason);
    const sil = s.get(r.id)!;
    expect([0, 10 * M - 1, 10 * M, 20 * M - 1, 20 * M].map((t) => silenceState(sil, t))).toEqual(['pending', 'pending', 'active', 'active', 'expired']);
    expect(s.mutes({ service: 'api' }, 5 * M)).toBe(false);
    expect(s.mutes({ service: 'api' }, 15 * M)).toBe(true);
    expect(s.mutes({ service: 'web' }, 15 * M)).toBe(true);
    expect(s.mutes({ service: 'api2' }, 15 * M)).toBe(false);
    expect(s.mutes({ service: 'api' }, 20 * M)).toBe(false);
  });

  it('expire ends an active silence now and a pending one before it starts', () => {
    const s = new Silences();
    const a = s.add({ ...base, startsAtMs: 0, endsAtMs: 60 * M }, 0);
    const p = s.add({ ...base, startsAtMs: 30 * M, endsAtMs: 60 * M }, 0);
    if (!a.ok || !p.ok) throw new Error('add failed');
    expect(s.expire(a.id, 5 * M)).toEqual({ ok: true, id: a.id });
    expect(s.get(a.id)).toMatchObject({ startsAtMs: 0, endsAtMs: 5 * M, updatedAtMs: 5 * M });
    expect(s.mutes({ service: 'api' }, 5 * M)).toBe(false);
    expect(s.expire(p.id, 5 * M)).toEqual({ ok: true, id: p.id });
    expect(s.get(p.id)).toMatchObject({ startsAtMs: 5 * M, endsAtMs: 5 * M });
    expect(s.mutes({ service: 'api' }, 40 * M)).toBe(false);
    expect(s.expire(a.id, 6 * M)).toEqual({ ok: false, reason: 'silence already expired' });
    expect(s.list(6 * M).map((x) => x.state)).toEqual(['expired', 'expired']);
  });

  it('honours isEqual: false (negative matchers)', () => {
    const s = new Silences();
    s.add({ ...base, matchers: [{ name: 'env', value: 'prod', isRegex: false, isEqual: false }, { name: 'team', value: 'x', isRegex: false }], startsAtMs: 0, endsAtMs: M }, 0);
    expect(s.mutes({ env: 'dev', team: 'x' }, 0)).toBe(true);
    expect(s.mutes({ env: 'prod', team: 'x' }, 0)).toBe(false);
  });

  it('refuses invalid silences', () => {
    const s = new Silences();
    expect(s.add({ ...base, matchers: [], startsAtMs: 0, endsAtMs: M }, 0).ok).toBe(false);
    expect(s.add({ ...base, comment: '', startsAtMs: 0, endsAtMs: M }, 0).ok).toBe(false);
    expect(s.add({ ...base, startsAtMs: M, endsAtMs: 0 }, 0)).toEqual({ ok: false, reason: 'end time must not be before start time' });
    expect(s.add({ ...base, matchers: [{ name: 'a', value: '.*', isRegex: true }], startsAtMs: 0, endsAtMs: M }, 0).ok).toBe(false);
  });
});
