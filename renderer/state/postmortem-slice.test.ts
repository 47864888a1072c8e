import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScoreReport } from '../../electron/contract';
import { createFakeApi } from '../api/fake-api';
import type { PostmortemDocument, PostmortemReview, PostmortemSave } from '../features/postmortem/types';
import { emptyPostmortem } from '../features/postmortem/types';
import { REVIEW_DEBOUNCE_MS } from './postmortem-slice';
import { useAppStore } from './store';

const fake = createFakeApi();
const { calls, answers } = fake;
const methods = () => calls.map((c) => c.method);
const store = () => useAppStore.getState();

const review = (blame: number): PostmortemReview => ({
  rootCause: undefined,
  trigger: undefined,
  contributingFactors: [],
  blame: Array.from({ length: blame }, () => ({ field: 'summary' as const, phrase: 'forgot', start: 0, end: 6, sentence: 'forgot', suggestion: 'x' })),
  actionItems: [],
  empty: [],
  whysAnswered: 0,
});
const withSummary = (summary: string): PostmortemDocument => ({ ...emptyPostmortem(), summary });
const save = (seq: number, document: PostmortemDocument): PostmortemSave => ({ document, savedAt: 60_000 as PostmortemSave['savedAt'], seq });
const scoreWith = (points: number) => ({ total: points, criteria: [{ id: 'postmortem-root-cause', category: 'postmortem', points, max: 5, evidence: [], feedback: '' }] }) as unknown as ScoreReport;

beforeEach(() => {
  vi.useFakeTimers();
  fake.reset({
    'postmortem.get': () => ({ ok: true, value: { document: withSummary('pre-filled'), saved: null, review: review(0), hasTruth: true } }),
    'postmortem.review': (input) => ({ ok: true, value: review((input as { document: PostmortemDocument }).document.summary.includes('forgot') ? 1 : 0) }),
  });
  store().resetPostmortem();
  useAppStore.setState({ score: undefined });
});
afterEach(() => vi.useRealTimers());

describe('postmortem slice: opening and loading', () => {
  it('opens the review screen on a tab and loads the postmortem once', async () => {
    await store().openReview('postmortem');
    expect(store()).toMatchObject({ reviewOpen: true, reviewTab: 'postmortem', postmortemHasTruth: true, postmortemSaved: null, postmortemDirty: false });
    expect(store().postmortem?.summary).toBe('pre-filled');
    store().closeReview();
    await store().openReview('score');
    expect(store().reviewTab).toBe('score');
    expect(methods()).toEqual(['postmortem.get']);
  });

  it('keeps a failed load as the error', async () => {
    answers['postmortem.get'] = () => ({ ok: false, error: { code: 'no_drill', message: 'no drill is running' } });
    await store().loadPostmortem();
    expect(store().postmortem).toBeUndefined();
    expect(store().postmortemError).toBe('no drill is running');
  });
});

describe('postmortem slice: reviewing while typing', () => {
  it('asks for one review after the learner pauses, with the latest draft', async () => {
    await store().loadPostmortem();
    store().editPostmortem(withSummary('L'));
    store().editPostmortem(withSummary('Lee'));
    store().editPostmortem(withSummary('Lee forgot'));
    expect(store().postmortemDirty).toBe(true);
    await vi.advanceTimersByTimeAsync(REVIEW_DEBOUNCE_MS - 1);
    expect(methods()).toEqual(['postmortem.get']);
    await vi.advanceTimersByTimeAsync(1);
    expect(methods()).toEqual(['postmortem.get', 'postmortem.review']);
    expect(calls[1]!.input).toEqual({ document: withSummary('Lee forgot') });
    expect(store().postmortemReview?.blame).toHaveLength(1);
  });

  it('drops a review that answers after a newer edit', async () => {
    await store().loadPostmortem();
    let release: () => void = () => undefined;
    const slow = new Promise<void>((r) => (release = r));
    answers['postmortem.review'] = async () => {
      await slow;
      return { ok: true, value: review(3) };
    };
    store().editPostmortem(withSummary('Lee forgot'));
    const pending = store().reviewPostmortem();
    store().editPostmortem(withSummary('The check was missing'));
    release();
    await pending;
    expect(store().postmortemReview?.blame).toHaveLength(0);
  });
});

describe('postmortem slice: saving and exporting', () => {
  it('saves the draft, keeps the save and review, and shows the returned score', async () => {
    await store().loadPostmortem();
    store().editPostmortem(withSummary('The deploy lacked a canary'));
    answers['postmortem.save'] = (input) => ({ ok: true, value: { saved: save(7, (input as { document: PostmortemDocument }).document), review: review(0), score: scoreWith(5) } });
    expect(await store().savePostmortem()).toBe(true);
    expect(calls.at(-1)).toEqual({ method: 'postmortem.save', input: { document: withSummary('The deploy lacked a canary') } });
    expect(store().postmortemSaved?.seq).toBe(7);
    expect(store().postmortemDirty).toBe(false);
    expect(store().score?.criteria[0]?.points).toBe(5);
    // The save took the pending review's place: no review request follows it.
    await vi.advanceTimersByTimeAsync(REVIEW_DEBOUNCE_MS * 2);
    expect(methods().filter((m) => m === 'postmortem.review')).toEqual([]);
  });

  it('keeps the draft and shows the reason when a save fails', async () => {
    await store().loadPostmortem();
    const draft = withSummary('x'.repeat(100_000));
    store().editPostmortem(draft);
    answers['postmortem.save'] = () => ({ ok: false, error: { code: 'internal', message: 'postmortem.save failed: disk full' } });
    expect(await store().savePostmortem()).toBe(false);
    expect(store().postmortem).toEqual(draft);
    expect(store().postmortemDirty).toBe(true);
    expect(store().postmortemSaved).toBeNull();
    expect(store().postmortemError).toBe('postmortem.save failed: disk full');
  });

  it('returns the export, or keeps the reason nothing could be exported', async () => {
    answers['postmortem.export'] = () => ({ ok: false, error: { code: 'not_found', message: 'no postmortem saved yet' } });
    expect(await store().exportPostmortem()).toBeUndefined();
    expect(store().postmortemError).toBe('no postmortem saved yet');
    answers['postmortem.export'] = () => ({ ok: true, value: { filename: 'postmortem-a-1.md', markdown: '# A' } });
    expect(await store().exportPostmortem()).toEqual({ filename: 'postmortem-a-1.md', markdown: '# A' });
    expect(store().postmortemError).toBeUndefined();
  });

  it('forgets everything on reset, including a review still scheduled', async () => {
    await store().openReview();
    store().editPostmortem(withSummary('Lee forgot'));
    store().resetPostmortem();
    await vi.advanceTimersByTimeAsync(REVIEW_DEBOUNCE_MS * 2);
    expect(methods()).toEqual(['postmortem.get']);
    expect(store()).toMatchObject({ reviewOpen: false, postmortem: undefined, postmortemSaved: null, postmortemDirty: false });
  });
});
