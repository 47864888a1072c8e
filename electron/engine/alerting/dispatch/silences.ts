import type { AmMatcher, LabelSet } from './matchers';
import { compile, matches } from './matchers';

/** A silence matcher as API v2 writes it. */
export type SilenceMatcher = { name: string; value: string; isRegex: boolean; isEqual?: boolean };
export type SilenceState = 'pending' | 'active' | 'expired';

export type SilenceInput = {
  matchers: readonly SilenceMatcher[];
  startsAtMs: number;
  endsAtMs: number;
  createdBy: string;
  comment: string;
};

export type Silence = Readonly<SilenceInput> & { readonly id: string; readonly updatedAtMs: number };

export type SilenceResult = { ok: true; id: string } | { ok: false; reason: string };

/** The state of a silence at `nowMs` (silence.go getState): pending before startsAt, active until endsAt. */
export function silenceState(s: Pick<Silence, 'startsAtMs' | 'endsAtMs'>, nowMs: number): SilenceState {
  if (nowMs < s.startsAtMs) return 'pending';
  if (nowMs < s.endsAtMs) return 'active';
  return 'expired';
}

function compileSilenceMatcher(m: SilenceMatcher): AmMatcher {
  const eq = m.isEqual ?? true;
  return compile(m.isRegex ? (eq ? '=~' : '!~') : eq ? '=' : '!=', m.name, m.value);
}

/** Silences held in memory; ids are sequential so a scenario replays identically. */
export class Silences {
  private readonly byId = new Map<string, { silence: Silence; compiled: AmMatcher[] }>();
  private nextId = 1;

  /** Adds a silence after the API's validation; returns its id or the reason it was refused. */
  add(input: SilenceInput, nowMs: number): SilenceResult {
    if (input.matchers.length === 0) return { ok: false, reason: 'at least one matcher required' };
    if (input.comment.trim() === '') return { ok: false, reason: 'comment missing' };
    if (input.createdBy.trim() === '') return { ok: false, reason: 'creator information missing' };
    if (input.endsAtMs < input.startsAtMs) return { ok: false, reason: 'end time must not be before start time' };
    if (input.endsAtMs <= nowMs) return { ok: false, reason: 'end time can\'t be in the past' };
    let compiled: AmMatcher[];
    try {
      compiled = input.matchers.map(compileSilenceMatcher);
    } catch (e) {
      return { ok: false, reason: `invalid label matcher: ${(e as Error).message}` };
    }
    if (compiled.every((m) => m.matchesEmpty)) return { ok: false, reason: 'at least one matcher must not match the empty string' };
    const id = `silence-${this.nextId++}`;
    this.byId.set(id, { silence: { ...input, matchers: [...input.matchers], id, updatedAtMs: nowMs }, compiled });
    return { ok: true, id };
  }

  /** Ends a silence now: an active one gets endsAt = now, a pending one starts and ends now. */
  expire(id: string, nowMs: number): SilenceResult {
    const entry = this.byId.get(id);
    if (!entry) return { ok: false, reason: 'silence not found' };
    const s = entry.silence;
    const state = silenceState(s, nowMs);
    if (state === 'expired') return { ok: false, reason: 'silence already expired' };
    const startsAtMs = state === 'pending' ? nowMs : s.startsAtMs;
    entry.silence = { ...s, startsAtMs, endsAtMs: nowMs, updatedAtMs: nowMs };
    return { ok: true, id };
  }

  get(id: string): Silence | undefined {
    return this.byId.get(id)?.silence;
  }

  list(nowMs: number): { silence: Silence; state: SilenceState }[] {
    return [...this.byId.values()].map(({ silence }) => ({ silence, state: silenceState(silence, nowMs) }));
  }

  /** Ids of the active silences matching the labels (empty = not silenced). */
  silencedBy(labels: LabelSet, nowMs: number): string[] {
    const out: string[] = [];
    for (const { silence, compiled } of this.byId.values()) {
      if (silenceState(silence, nowMs) === 'active' && matches(labels, compiled)) out.push(silence.id);
    }
    return out;
  }

  mutes(labels: LabelSet, nowMs: number): boolean {
    return this.silencedBy(labels, nowMs).length > 0;
  }
}
