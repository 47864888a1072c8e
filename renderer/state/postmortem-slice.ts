import type { StateCreator } from 'zustand';
import type { PostmortemDocument, PostmortemExport, PostmortemReview, PostmortemSave } from '../features/postmortem/types';
import { api } from '../api/client';
import type { AppState } from './store';

/** The review screen's tabs: the score, the postmortem editor, the debrief. */
export type ReviewTab = 'score' | 'postmortem' | 'debrief';

/** How long the editor waits after the last keystroke before asking for a review (one request per pause, not per key). */
export const REVIEW_DEBOUNCE_MS = 400;

export type PostmortemSlice = {
  /** The full-window review screen is showing (after the drill is scored). */
  reviewOpen: boolean;
  reviewTab: ReviewTab;
  /** The learner's draft; undefined until the back end has answered postmortem.get. */
  postmortem?: PostmortemDocument;
  /** The review of the draft as it was last checked (it may lag the draft by the debounce). */
  postmortemReview?: PostmortemReview;
  /** The scenario has a truth to check root cause and factors against. */
  postmortemHasTruth: boolean;
  /** The last save on the attempt's log (null before the first). */
  postmortemSaved: PostmortemSave | null;
  /** The draft differs from the last save. */
  postmortemDirty: boolean;
  postmortemBusy: boolean;
  /** Why the last load, save or export failed; the draft is kept. */
  postmortemError?: string;
  openReview(tab?: ReviewTab): Promise<void>;
  closeReview(): void;
  setReviewTab(tab: ReviewTab): void;
  loadPostmortem(): Promise<void>;
  /** Replaces the draft and schedules a review REVIEW_DEBOUNCE_MS after the last edit. */
  editPostmortem(document: PostmortemDocument): void;
  /** Reviews the draft now (a pending scheduled review is dropped). */
  reviewPostmortem(): Promise<void>;
  savePostmortem(): Promise<boolean>;
  exportPostmortem(): Promise<PostmortemExport | undefined>;
  /** Forgets the postmortem and closes the review screen: called when the learner leaves the drill. */
  resetPostmortem(): void;
};

const INITIAL = {
  reviewOpen: false,
  reviewTab: 'score' as ReviewTab,
  postmortem: undefined,
  postmortemReview: undefined,
  postmortemHasTruth: false,
  postmortemSaved: null,
  postmortemDirty: false,
  postmortemBusy: false,
  postmortemError: undefined,
};

export const createPostmortemSlice: StateCreator<AppState, [], [], PostmortemSlice> = (set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts edits, so a review that answers after a later edit does not overwrite the newer one's flags. */
  let edits = 0;

  const cancelScheduledReview = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  return {
    ...INITIAL,
    async openReview(tab = 'postmortem') {
      set({ reviewOpen: true, reviewTab: tab });
      if (!get().postmortem) await get().loadPostmortem();
    },
    closeReview() {
      set({ reviewOpen: false });
    },
    setReviewTab(tab) {
      set({ reviewTab: tab });
    },
    async loadPostmortem() {
      const result = await api().invoke('postmortem.get', {});
      if (!result.ok) {
        set({ postmortemError: result.error.message });
        return;
      }
      const { document, review, saved, hasTruth } = result.value;
      edits++;
      set({ postmortem: document, postmortemReview: review, postmortemSaved: saved, postmortemHasTruth: hasTruth, postmortemDirty: false, postmortemError: undefined });
    },
    editPostmortem(document) {
      edits++;
      set({ postmortem: document, postmortemDirty: true });
      cancelScheduledReview();
      timer = setTimeout(() => {
        timer = undefined;
        void get().reviewPostmortem();
      }, REVIEW_DEBOUNCE_MS);
    },
    async reviewPostmortem() {
      cancelScheduledReview();
      const document = get().postmortem;
      if (!document) return;
      const asked = edits;
      const result = await api().invoke('postmortem.review', { document });
      // A review is advice, not an action: a failure leaves the last flags in place and says nothing.
      if (result.ok && asked === edits) set({ postmortemReview: result.value });
    },
    async savePostmortem() {
      const document = get().postmortem;
      if (!document) return false;
      cancelScheduledReview();
      const asked = edits;
      set({ postmortemBusy: true });
      const result = await api().invoke('postmortem.save', { document });
      set({ postmortemBusy: false });
      if (!result.ok) {
        set({ postmortemError: result.error.message });
        return false;
      }
      const { saved, review, score } = result.value;
      // The score panel shows the returned score: the postmortem criteria move with each save.
      set({ postmortemSaved: saved, score, postmortemError: undefined });
      if (asked === edits) set({ postmortemReview: review, postmortemDirty: false });
      return true;
    },
    async exportPostmortem() {
      const result = await api().invoke('postmortem.export', {});
      if (!result.ok) {
        set({ postmortemError: result.error.message });
        return undefined;
      }
      set({ postmortemError: undefined });
      return result.value;
    },
    resetPostmortem() {
      cancelScheduledReview();
      edits++;
      set({ ...INITIAL });
    },
  };
};
