import type { StateCreator } from 'zustand';
import type {
  ChannelId,
  ChecklistStep,
  IncidentView,
  KeyMoment,
  RequestInput,
  RequestName,
  StatusPageComponent,
  StructuredUpdate,
  TimelineEntry,
  UpdateKind,
} from '../../electron/contract';
import { api } from '../api/client';
import type { FormError } from '../features/incident/errors';
import { formError } from '../features/incident/errors';
import { messageProblem } from '../features/incident/slash-commands';
import type { AppState } from './store';

/** Each form of the workspace keeps its own error, so a refusal shows beside the form that caused it. */
export type IncidentForm =
  | 'load'
  | 'declare'
  | 'severity'
  | 'status'
  | 'assign'
  | 'update'
  | 'chat:incident'
  | 'chat:stakeholders'
  | 'statuspage'
  | 'note'
  | 'mark'
  | 'hint'
  | 'checklist';

export type IncidentTabKey = 'incident' | 'stakeholders' | 'statuspage' | 'document' | 'team';

/** The workspace's dialogs: one at a time, opened from the status bar. */
export type IncidentDialog = { kind: 'declare' } | { kind: 'update'; updateKind: UpdateKind } | { kind: 'checklist' } | { kind: 'hint' };

export type ChatDraft = { text: string; replyTo?: string };

/** The status page form's unsaved edits; absent while the learner has not touched it. */
export type StatusPageDraft = { components: StatusPageComponent[]; draft: string };

export type IncidentSlice = {
  /** The whole incident state, fetched again only when the drill view's incident revision moves. */
  incidentView?: IncidentView;
  incidentTimeline?: TimelineEntry[];
  incidentTab: IncidentTabKey;
  incidentDialog?: IncidentDialog;
  incidentErrors: Partial<Record<IncidentForm, FormError>>;
  incidentBusy: Partial<Record<IncidentForm, boolean>>;
  chatDrafts: Record<ChannelId, ChatDraft>;
  statusPageDraft?: StatusPageDraft;
  /** Fetches the incident view when the drill view's revision differs from the one held; one fetch at a time. */
  syncIncident(): Promise<void>;
  loadTimeline(): Promise<void>;
  setIncidentTab(tab: IncidentTabKey): void;
  openIncidentDialog(dialog: IncidentDialog): void;
  closeIncidentDialog(): void;
  setChatDraft(channel: ChannelId, text: string): void;
  /** Answers a question from the next message in its channel (undefined: a plain message again). */
  setReplyTo(channel: ChannelId, question: string | undefined): void;
  setStatusPageDraft(draft: StatusPageDraft | undefined): void;
  declareIncident(input: RequestInput<'incident.declare'>): Promise<boolean>;
  setIncidentSeverity(input: RequestInput<'incident.severity'>): Promise<boolean>;
  setIncidentStatus(input: RequestInput<'incident.status'>): Promise<boolean>;
  assignTeammate(input: RequestInput<'incident.assign'>): Promise<boolean>;
  postUpdate(channels: ChannelId[], update: StructuredUpdate): Promise<boolean>;
  /** Resolves the incident with the resolution composer's message (its form is 'update', like other updates). */
  resolveWithUpdate(update: StructuredUpdate): Promise<boolean>;
  /** Sends the channel's draft; the draft stays (and the reason shows) when the back end refuses it. */
  postChat(channel: ChannelId): Promise<boolean>;
  /** Saves the status page form's edits, and publishes them when asked. */
  saveStatusPage(publish: boolean): Promise<boolean>;
  addNote(text: string, key?: KeyMoment): Promise<boolean>;
  markEntry(entry: string, key: KeyMoment | null): Promise<boolean>;
  requestHint(): Promise<boolean>;
  toggleChecklistStep(step: ChecklistStep, done: boolean): Promise<boolean>;
  clearIncidentError(form: IncidentForm): void;
  /** Forgets the incident workspace: called when the drill screen goes away. */
  resetIncident(): void;
};

/** The form each dialog submits. */
const DIALOG_FORMS: Record<IncidentDialog['kind'], IncidentForm> = { declare: 'declare', update: 'update', checklist: 'checklist', hint: 'hint' };

const EMPTY_DRAFTS: Record<ChannelId, ChatDraft> = { incident: { text: '' }, stakeholders: { text: '' } };

function without<T extends object>(record: T, key: keyof T): T {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export const createIncidentSlice: StateCreator<AppState, [], [], IncidentSlice> = (set, get) => {
  let syncing = false;
  let syncAgain = false;

  const setError = (form: IncidentForm, error: FormError | undefined) =>
    set((s) => ({ incidentErrors: error ? { ...s.incidentErrors, [form]: error } : without(s.incidentErrors, form) }));

  /**
   * One learner action: the request, its error kept on its form (or cleared), then the drill view and the
   * incident view fetched again so every panel shows the action's effect.
   */
  const act = async <K extends RequestName>(form: IncidentForm, method: K, input: RequestInput<K>): Promise<boolean> => {
    set((s) => ({ incidentBusy: { ...s.incidentBusy, [form]: true } }));
    const result = await api().invoke(method, input);
    set((s) => ({ incidentBusy: without(s.incidentBusy, form) }));
    setError(form, result.ok ? undefined : formError(result.error, method));
    if (!result.ok) return false;
    await get().refreshView();
    await get().syncIncident();
    if (get().incidentTab === 'document') await get().loadTimeline();
    return true;
  };

  return {
    incidentTab: 'incident',
    incidentErrors: {},
    incidentBusy: {},
    chatDrafts: EMPTY_DRAFTS,
    async syncIncident() {
      if (syncing) {
        syncAgain = true;
        return;
      }
      syncing = true;
      try {
        do {
          syncAgain = false;
          const wanted = get().view?.incident.revision;
          if (wanted === undefined || wanted === get().incidentView?.revision) continue;
          const result = await api().invoke('incident.view', {});
          if (result.ok) set({ incidentView: result.value });
          setError('load', result.ok ? undefined : formError(result.error, 'incident.view'));
          // A failed fetch is not retried in a loop; the next revision or tick asks again.
          if (!result.ok) break;
        } while (syncAgain);
      } finally {
        syncing = false;
      }
    },
    async loadTimeline() {
      const result = await api().invoke('incident.timeline', {});
      if (result.ok) set({ incidentTimeline: result.value });
      setError('load', result.ok ? undefined : formError(result.error, 'incident.timeline'));
    },
    setIncidentTab(tab) {
      set({ incidentTab: tab });
    },
    openIncidentDialog(dialog) {
      // A dialog opens with empty fields, so an error left from its last use would describe text that is gone.
      set((s) => ({ incidentDialog: dialog, incidentErrors: without(s.incidentErrors, DIALOG_FORMS[dialog.kind]) }));
    },
    closeIncidentDialog() {
      set({ incidentDialog: undefined });
    },
    setChatDraft(channel, text) {
      set((s) => ({ chatDrafts: { ...s.chatDrafts, [channel]: { ...s.chatDrafts[channel], text } } }));
    },
    setReplyTo(channel, question) {
      set((s) => {
        const { text } = s.chatDrafts[channel];
        return { chatDrafts: { ...s.chatDrafts, [channel]: question === undefined ? { text } : { text, replyTo: question } } };
      });
    },
    setStatusPageDraft(draft) {
      set({ statusPageDraft: draft });
    },
    declareIncident: (input) => act('declare', 'incident.declare', input),
    setIncidentSeverity: (input) => act('severity', 'incident.severity', input),
    setIncidentStatus: (input) => act('status', 'incident.status', input),
    assignTeammate: (input) => act('assign', 'incident.assign', input),
    postUpdate: (channels, update) => act('update', 'incident.update', { channels, update }),
    resolveWithUpdate: (update) => act('update', 'incident.resolve', { summary: update.text || update.actions, update }),
    async postChat(channel) {
      const form = `chat:${channel}` as const;
      const draft = get().chatDrafts[channel];
      const problem = messageProblem(draft.text);
      if (problem) {
        setError(form, { message: problem });
        return false;
      }
      const input = draft.replyTo === undefined ? { channel, text: draft.text } : { channel, text: draft.text, replyTo: draft.replyTo };
      if (!(await act(form, 'chat.post', input))) return false;
      // Only the text that was sent goes: anything typed while it was on its way stays.
      set((s) => ({ chatDrafts: { ...s.chatDrafts, [channel]: { text: s.chatDrafts[channel].text === draft.text ? '' : s.chatDrafts[channel].text } } }));
      return true;
    },
    async saveStatusPage(publish) {
      const page = get().statusPageDraft ?? get().incidentView?.statusPage;
      if (!page) return false;
      const saved = await act('statuspage', 'statuspage.update', { components: page.components, draft: page.draft, publish });
      if (saved) set({ statusPageDraft: undefined });
      return saved;
    },
    addNote: (text, key) => act('note', 'incident.note', key === undefined ? { text } : { text, key }),
    markEntry: (entry, key) => act('mark', 'timeline.mark', { entry, key }),
    requestHint: () => act('hint', 'hint.request', {}),
    async toggleChecklistStep(step, done) {
      // The tick shows at once (a checkbox that lags a round trip feels broken) and is taken back if refused.
      const tick = (value: boolean) =>
        set((s) => (s.incidentView ? { incidentView: { ...s.incidentView, checklist: { ...s.incidentView.checklist, [step]: value } } } : {}));
      tick(done);
      const toggled = await act('checklist', 'checklist.toggle', { step, done });
      if (!toggled) tick(!done);
      return toggled;
    },
    clearIncidentError(form) {
      setError(form, undefined);
    },
    resetIncident() {
      set({
        incidentView: undefined,
        incidentTimeline: undefined,
        incidentTab: 'incident',
        incidentDialog: undefined,
        incidentErrors: {},
        incidentBusy: {},
        chatDrafts: EMPTY_DRAFTS,
        statusPageDraft: undefined,
      });
    },
  };
};
