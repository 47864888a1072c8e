import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import type { RequestInput } from '../../contract';
import { createBackend } from '../backend';
import type { Backend } from '../backend';
import { bundledFolder, startedBackend, valueOf } from './handler-testing';

const SCENARIO = 'checkout-bad-deploy';
const MINUTE = 60_000;

let backend: Backend;
beforeEach(async () => {
  backend = await startedBackend(SCENARIO);
});
afterEach(() => backend.close());

const session = () => backend.context.session!;
const advance = (ms: number) => session().advanceTo(session().drill.now + ms);
const saves = () => session().events().filter((e) => e.type === 'postmortem.save');
type Draft = RequestInput<'postmortem.save'>['document'];
const save = (document: Partial<Draft>) => backend.invoke('postmortem.save', { document } as RequestInput<'postmortem.save'>);

const ROOT_CAUSE = 'Release v2.4.0 of checkout shipped a null order total bug, and deploys have no canary gate.';
const draft: Partial<Draft> = {
  title: 'Checkout payments failing',
  rootCause: ROOT_CAUSE,
  actionItems: [{ title: 'Add a canary stage to checkout deploys', owner: 'ana', due: '2026-12-15', type: 'prevent' }],
};

describe('without a drill', () => {
  it.each(['postmortem.get', 'postmortem.review', 'postmortem.save', 'postmortem.export'] as const)('%s answers no_drill', async (method) => {
    const idle = createBackend({ dbPath: ':memory:', scenarioFolders: [bundledFolder(SCENARIO)], live: false });
    const input = method === 'postmortem.review' || method === 'postmortem.save' ? { document: {} } : {};
    expect(await idle.invoke(method, input as never)).toMatchObject({ ok: false, error: { code: 'no_drill' } });
    idle.close();
  });
});

describe('postmortem.get', () => {
  it('offers the template, its timeline pre-filled from the living incident document, before any save', async () => {
    advance(6 * MINUTE);
    valueOf(await backend.invoke('incident.declare', { title: 'Checkout payments failing', severity: 'SEV2', impact: 'About 30% of checkouts fail', services: ['checkout'] }));
    valueOf(await backend.invoke('incident.note', { text: 'Error ratio jumped right after the 10:02 release' }));
    const entries = valueOf(await backend.invoke('incident.timeline', {}));
    const state = valueOf(await backend.invoke('postmortem.get', {}));

    expect(state.saved).toBeNull();
    expect(state.document.title).toContain('Checkout payments failing');
    expect(state.document.rootCause).toBe('');
    const lines = state.document.timeline.map((line) => line.text);
    for (const entry of entries.filter((e) => e.kind !== 'hint')) expect(lines.some((line) => line.endsWith(entry.text))).toBe(true);
    expect(lines.some((line) => line.includes('Error ratio jumped right after the 10:02 release'))).toBe(true);
    // The note was taken at T+6m; the drill world starts at a known wall-clock instant.
    const noteAt = new Date(session().drill.sim.world.startUnixMs + 6 * MINUTE).toISOString().slice(11, 16);
    expect(state.document.timeline.find((line) => line.text.includes('Error ratio jumped'))!.at.startsWith(noteAt)).toBe(true);
  });

  it('says whether the scenario has a truth to check against, as its scenario.yaml does', async () => {
    const yaml = parse(readFileSync(join(bundledFolder(SCENARIO), 'scenario.yaml'), 'utf8')) as Record<string, unknown>;
    expect(valueOf(await backend.invoke('postmortem.get', {})).hasTruth).toBe(yaml.postmortem !== undefined);
  });

  it('returns the last save once there is one', async () => {
    valueOf(await save({ summary: 'first draft' }));
    valueOf(await save({ summary: 'second draft' }));
    const state = valueOf(await backend.invoke('postmortem.get', {}));
    expect(state.document.summary).toBe('second draft');
    expect(state.saved?.seq).toBe(saves().at(-1)!.seq);
  });
});

describe('postmortem.review', () => {
  it('flags blaming language and incomplete action items without logging anything', async () => {
    const before = session().events().length;
    const review = valueOf(
      await backend.invoke('postmortem.review', {
        document: { summary: 'Checkout failed for twenty minutes. Lee forgot to check the error rate after the deploy.', actionItems: [{ title: 'Add a deploy gate', owner: '', due: '', type: '' }] },
      } as RequestInput<'postmortem.review'>),
    );
    expect(review.blame).toHaveLength(1);
    expect(review.blame[0]).toMatchObject({ field: 'summary', phrase: expect.stringContaining('Lee forgot') });
    expect(review.actionItems).toHaveLength(1);
    expect(review.actionItems[0]!.index).toBe(0);
    expect(review.actionItems[0]!.problems.length).toBeGreaterThanOrEqual(2);
    expect(session().events()).toHaveLength(before);
  });
});

describe('postmortem.save', () => {
  it('appends a postmortem.save event with the document as its payload, at the drill time of the save', async () => {
    advance(3 * MINUTE);
    const result = valueOf(await save(draft));
    const logged = saves();
    expect(logged).toHaveLength(1);
    expect(logged[0]!.t).toBe(3 * MINUTE);
    expect((logged[0]!.payload as { document: Draft }).document).toMatchObject(draft);
    expect(result.saved).toMatchObject({ seq: logged[0]!.seq, savedAt: 3 * MINUTE, document: { rootCause: ROOT_CAUSE } });
    expect(result.review.blame).toEqual([]);
    expect(result.score.total).toBe(session().score().total);
  });

  it('moves the postmortem criteria of the score: the root cause earns its points once a save names it', async () => {
    const yaml = parse(readFileSync(join(bundledFolder(SCENARIO), 'scenario.yaml'), 'utf8')) as { rubric: { id: string; points: number }[] };
    const rootCausePoints = yaml.rubric.find((c) => c.id === 'postmortem-root-cause')!.points;
    const rootCause = (score: { criteria: { id: string; points: number; evidence: number[] }[] }) => score.criteria.find((c) => c.id === 'postmortem-root-cause')!;
    valueOf(await backend.invoke('drill.end', {}));
    expect(rootCause(valueOf(await backend.invoke('score.get', {}))).points).toBe(0);

    const vague = valueOf(await save({ rootCause: 'Checkout was slow.' })).score;
    expect(rootCause(vague).points).toBe(0);

    const result = valueOf(await save(draft));
    expect(rootCause(result.score)).toMatchObject({ points: rootCausePoints, evidence: [result.saved.seq] });
    expect(rootCause(backend.context.store.scores.get(session().attemptId)!).points).toBe(rootCausePoints);
  });

  it('does not file a score while the drill is still running (the end of the drill files it)', async () => {
    const filing = vi.spyOn(backend.context.store.scores, 'save');
    valueOf(await save(draft));
    expect(filing).not.toHaveBeenCalled();
  });

  it('is accepted after the drill has ended, and files the ended drill score again', async () => {
    valueOf(await backend.invoke('drill.end', {}));
    const attempt = session().attemptId;
    expect(backend.context.store.scores.get(attempt)).toBeDefined();
    const filing = vi.spyOn(backend.context.store.scores, 'save');

    const result = valueOf(await save(draft));
    const types = session().events().map((e) => e.type);
    expect(types.indexOf('postmortem.save')).toBeGreaterThan(types.indexOf('drill.end'));
    expect(filing).toHaveBeenCalledTimes(1);
    expect(filing).toHaveBeenCalledWith(attempt, result.score);
    expect(backend.context.store.scores.get(attempt)).toEqual(result.score);
  });

  it('saves and reviews an empty document, naming every empty section', async () => {
    const result = valueOf(await save({}));
    expect((saves()[0]!.payload as { document: Draft }).document).toMatchObject({ title: '', rootCause: '', whys: [], actionItems: [] });
    expect(result.review.empty).toEqual(expect.arrayContaining(['title', 'summary', 'impact', 'trigger', 'rootCause', 'wentWell', 'wentBadly', 'gotLucky', 'whys', 'contributingFactors', 'actionItems']));
    expect(result.review.whysAnswered).toBe(0);
  });

  it('accepts a 100,000-character field and keeps it whole', async () => {
    const sentence = 'The checkout pods returned 500s while the order total was null. ';
    const long = sentence.repeat(Math.ceil(100_000 / sentence.length)).slice(0, 100_000);
    valueOf(await save({ wentBadly: long }));
    expect((saves()[0]!.payload as { document: Draft }).document.wentBadly).toHaveLength(100_000);
    expect(valueOf(await backend.invoke('postmortem.get', {})).document.wentBadly).toBe(long);
    expect(await save({ wentBadly: `${long}x` })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(saves()).toHaveLength(1);
  });
});

describe('postmortem.export', () => {
  it('says nothing has been saved yet before the first save', async () => {
    const result = await backend.invoke('postmortem.export', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/saved/) } });
  });

  it('exports the last save as Markdown under a name with the scenario and attempt', async () => {
    valueOf(await save({ ...draft, rootCause: 'an older root cause' }));
    valueOf(await save(draft));
    const file = valueOf(await backend.invoke('postmortem.export', {}));
    expect(file.filename).toBe(`postmortem-${SCENARIO}-${session().attemptId}.md`);
    expect(file.markdown).toContain(ROOT_CAUSE);
    expect(file.markdown).not.toContain('an older root cause');
    expect(file.markdown).toContain('Add a canary stage to checkout deploys');
  });
});
