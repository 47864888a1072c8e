import type { StateCreator } from 'zustand';
import type { ActionOutcome, LabReport, RequestInput, Result, RulePreview, Runbook } from '../../electron/contract';
import { api } from '../api/client';
import type { AppState } from './store';

export type SilenceRequest = RequestInput<'silence.create'>;
export type RulesAdded = Extract<ActionOutcome, { type: 'rules.add' }>;

/** The runbook viewer's content: loading, the runbook, or why it could not be read (shown in the viewer). */
export type RunbookState = { ref: string; status: 'loading' } | { ref: string; status: 'ok'; runbook: Runbook } | { ref: string; status: 'error'; error: string };

/** The alerting workspace's tabs. */
export type AlertsTabKey = 'alerts' | 'rules' | 'silences' | 'notifications' | 'editor';

export type AlertingSlice = {
  /** The alerting workspace's selected tab, kept here so other views can open the rule editor. */
  alertsTab: AlertsTabKey;
  runbook?: RunbookState;
  /** The rule editor's text, kept here so it survives switching tabs. */
  ruleText?: string;
  rulePreview?: RulePreview;
  rulesAdded?: RulesAdded;
  labReport?: LabReport;
  /** Which of the rule editor's requests is in flight. */
  ruleBusy?: 'preview' | 'add' | 'lab';
  acknowledgePage(page: string): Promise<void>;
  /** Creates a silence; true when it was created (the form then closes). */
  createSilence(input: SilenceRequest): Promise<boolean>;
  expireSilence(id: string): Promise<void>;
  setAlertsTab(tab: AlertsTabKey): void;
  setRuleText(text: string): void;
  /**
   * Puts a rule file in the rule editor and selects the editor's tab (Discover's "Open in rule editor");
   * the last preview, add and lab results described other text, so they go.
   */
  openRuleDraft(text: string): void;
  previewRules(text: string): Promise<void>;
  addRules(text: string): Promise<void>;
  runLab(text: string): Promise<void>;
  openRunbook(ref: string): Promise<void>;
  closeRunbook(): void;
  /** Forgets the editor, preview, lab and runbook: called when the drill screen goes away. */
  resetAlerting(): void;
};

export const createAlertingSlice: StateCreator<AppState, [], [], AlertingSlice> = (set, get) => {
  /** A failed request's message goes to the error banner; a successful one's value is returned. */
  const settle = <T>(result: Result<T>): T | undefined => {
    if (result.ok) return result.value;
    set({ error: result.error.message });
    return undefined;
  };
  /** An action's own refusal (`ok: false` with a reason) is shown the same way as a request error. */
  const refused = (outcome: { reason?: string } | undefined, fallback: string): void => {
    if (outcome) set({ error: outcome.reason ?? fallback });
  };
  return {
    alertsTab: 'alerts',
    async acknowledgePage(page) {
      const outcome = settle(await api().invoke('page.acknowledge', { page }));
      if (outcome && !outcome.acknowledged) refused(outcome, `Page ${page} was not acknowledged`);
      await get().refreshView();
    },
    async createSilence(input) {
      const outcome = settle(await api().invoke('silence.create', input));
      if (outcome && !outcome.ok) refused(outcome, 'The silence was not created');
      await get().refreshView();
      return outcome?.ok === true;
    },
    async expireSilence(id) {
      const outcome = settle(await api().invoke('silence.expire', { id }));
      if (outcome && !outcome.ok) refused(outcome, `Silence ${id} was not expired`);
      await get().refreshView();
    },
    setAlertsTab(tab) {
      set({ alertsTab: tab });
    },
    setRuleText(text) {
      set({ ruleText: text });
    },
    openRuleDraft(text) {
      set({ alertsTab: 'editor', ruleText: text, rulePreview: undefined, rulesAdded: undefined, labReport: undefined });
    },
    async previewRules(text) {
      set({ ruleBusy: 'preview' });
      const preview = settle(await api().invoke('rules.preview', { text, range: '1h' }));
      set({ ruleBusy: undefined, ...(preview ? { rulePreview: preview } : {}) });
    },
    async addRules(text) {
      set({ ruleBusy: 'add' });
      const outcome = settle(await api().invoke('rules.add', { text }));
      set({ ruleBusy: undefined, ...(outcome ? { rulesAdded: outcome } : {}) });
      await get().refreshView();
    },
    async runLab(text) {
      const view = get().view;
      if (!view) return;
      set({ ruleBusy: 'lab' });
      const report = settle(await api().invoke('alerting.lab', { scenario: view.scenario, version: view.version, seed: view.seed, text, within: '5m' }));
      set({ ruleBusy: undefined, ...(report ? { labReport: report } : {}) });
    },
    async openRunbook(ref) {
      set({ runbook: { ref, status: 'loading' } });
      const result = await api().invoke('runbook.get', { ref });
      // A later open (or a close) wins over this answer.
      if (get().runbook?.ref !== ref) return;
      set({ runbook: result.ok ? { ref, status: 'ok', runbook: result.value } : { ref, status: 'error', error: result.error.message } });
    },
    closeRunbook() {
      set({ runbook: undefined });
    },
    resetAlerting() {
      set({ alertsTab: 'alerts', runbook: undefined, ruleText: undefined, rulePreview: undefined, rulesAdded: undefined, labReport: undefined, ruleBusy: undefined });
    },
  };
};
