import { useId } from 'react';
import type { DrillView, RulePreview } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { AlertTimelineChart } from './AlertTimelineChart';
import { LabResult } from './LabResult';
import { RuleProblems } from './RuleProblems';
import { starterRules } from './starter-rules';

type RuleSummary = Extract<RulePreview, { ok: true }>['rules'][number];

/**
 * A Prometheus rule file editor: preview it over the drill's last hour, add it to the drill (its rules then
 * run beside the scenario's), or score it in the alert-rule lab against a replay with and without the fault.
 */
export function RuleEditor({ view }: { view: DrillView }) {
  const id = useId();
  const stored = useAppStore((s) => s.ruleText);
  const setRuleText = useAppStore((s) => s.setRuleText);
  const preview = useAppStore((s) => s.rulePreview);
  const added = useAppStore((s) => s.rulesAdded);
  const lab = useAppStore((s) => s.labReport);
  const busy = useAppStore((s) => s.ruleBusy);
  const previewRules = useAppStore((s) => s.previewRules);
  const addRules = useAppStore((s) => s.addRules);
  const runLab = useAppStore((s) => s.runLab);
  const text = stored ?? starterRules(view.scenario, view.alerting.runbooks);
  const empty = text.trim() === '';
  return (
    <div className="rule-editor">
      <label htmlFor={`${id}-text`}>Rule file (Prometheus or log rules YAML)</label>
      <textarea id={`${id}-text`} className="rule-text" wrap="off" value={text} onChange={(e) => setRuleText(e.target.value)} spellCheck={false} rows={14} />
      <div className="form-row">
        <button type="button" disabled={empty || busy !== undefined} onClick={() => void previewRules(text)}>
          Preview last hour
        </button>
        <button type="button" disabled={empty || busy !== undefined || view.ended} onClick={() => void addRules(text)}>
          Add to drill
        </button>
        <button type="button" disabled={empty || busy !== undefined} onClick={() => void runLab(text)}>
          Run lab
        </button>
        <span className="muted" role="status">
          {busy === 'preview' ? 'Evaluating…' : busy === 'add' ? 'Adding…' : busy === 'lab' ? 'Replaying the scenario…' : ''}
        </span>
      </div>
      {added && (
        <div className="rules-added" role="status" aria-label="Add to drill result">
          {added.ok ? <p className="acked">Added group(s) {added.groups.join(', ')}: see the Rules tab.</p> : <RuleProblems problems={added.problems} />}
        </div>
      )}
      {preview && (
        <section className="rule-preview" aria-label="Preview">
          <h3>Preview</h3>
          {preview.ok ? (
            <>
              <RuleHealthList rules={preview.rules} />
              <AlertTimelineChart label="Last hour" timelines={preview.timelines} fromMs={preview.fromMs} toMs={preview.toMs} />
            </>
          ) : (
            <RuleProblems problems={preview.problems} />
          )}
        </section>
      )}
      {lab && (
        <section className="lab" aria-label="Alert-rule lab">
          <h3>Alert-rule lab</h3>
          <LabResult report={lab} />
        </section>
      )}
    </div>
  );
}

function RuleHealthList({ rules }: { rules: RuleSummary[] }) {
  const broken = rules.filter((r) => r.health === 'err');
  if (broken.length === 0) return <p className="muted">{rules.length} rule(s) evaluated without errors.</p>;
  return (
    <ul className="problems" aria-label="Rule errors">
      {broken.map((r) => (
        <li key={r.name}>
          {r.name}: {r.lastError}
        </li>
      ))}
    </ul>
  );
}
