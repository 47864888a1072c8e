import type { KeyboardEvent, ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '../../state/store';
import type { LogRuleForm, LogRuleFormErrors } from './log-rule-form';
import { checkLogRuleForm, defaultSummary, initialLogRuleForm } from './log-rule-form';
import type { LogRuleOp } from './log-rule-yaml';
import { LOG_RULE_OPS, logRuleYaml } from './log-rule-yaml';
import './discover-side.css';

const OP_WORDS: Record<LogRuleOp, string> = { '>': 'above', '>=': 'at or above', '<': 'below', '<=': 'at or below' };

/**
 * "Copy as log rule": the Discover query as a `log-rules.yml` rule (docs/log-rules.md) that counts its hits over
 * a window and alerts on the count. Each field is checked as the rule reader will check it, the file is
 * previewed live, and it can be copied or opened in the alerting workspace's rule editor.
 */
export function CopyAsRule({ query, onClose }: { query: string; onClose(): void }) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const openRuleDraft = useAppStore((s) => s.openRuleDraft);
  const [form, setForm] = useState<LogRuleForm>(() => initialLogRuleForm(query));
  const [summaryEdited, setSummaryEdited] = useState(false);
  const [copied, setCopied] = useState('');
  const checked = checkLogRuleForm(form);
  const errors: LogRuleFormErrors = checked.ok ? {} : checked.errors;
  const yaml = checked.ok ? logRuleYaml(checked.draft) : undefined;

  // Focus the first field on open, and give focus back to whatever opened the dialog on close.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    box.current?.querySelector<HTMLElement>('input')?.focus();
    return () => opener?.focus();
  }, []);

  const update = (changes: Partial<LogRuleForm>) => {
    setCopied('');
    setForm((f) => ({ ...f, ...changes, ...(!summaryEdited && changes.window !== undefined ? { summary: defaultSummary(changes.window) } : {}) }));
  };
  const copy = async () => {
    if (!yaml) return;
    try {
      await navigator.clipboard.writeText(yaml);
      setCopied('Copied');
    } catch {
      setCopied('Copy failed: select the preview and copy it by hand');
    }
  };
  const field = (key: keyof LogRuleForm, label: string, input: ReactNode, hint?: string) => (
    <div className="rule-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {input}
      {hint && !errors[key] && <p className="hint">{hint}</p>}
      {errors[key] && (
        <p id={`${id}-${key}-error`} className="side-error">
          {errors[key]}
        </p>
      )}
    </div>
  );
  const text = (key: Exclude<keyof LogRuleForm, 'op' | 'query'>, extra: { placeholder?: string; onEdit?: () => void } = {}) => (
    <input
      id={`${id}-${key}`}
      value={form[key]}
      placeholder={extra.placeholder}
      spellCheck={false}
      aria-invalid={errors[key] !== undefined}
      aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
      onChange={(e) => {
        extra.onEdit?.();
        update({ [key]: e.target.value });
      }}
    />
  );

  return (
    <div className="side-dialog-backdrop">
      <div
        className="side-dialog copy-as-rule"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        ref={box}
        onKeyDown={(e) => {
          if (e.key === 'Tab') keepFocusInside(e, box.current);
          if (e.key !== 'Escape') return;
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }}
      >
        <h2 id={`${id}-title`}>Copy as log rule</h2>
        <div className="rule-form">
          {field(
            'query',
            'KQL query',
            <textarea id={`${id}-query`} className="rule-query" readOnly rows={2} value={form.query} aria-invalid={errors.query !== undefined} aria-describedby={errors.query ? `${id}-query-error` : undefined} />,
            query.trim() === '' ? 'The search has no query, so the rule counts every event (*).' : undefined,
          )}
          {field('alert', 'Alert name', text('alert'))}
          <div className="rule-row">
            {field('window', 'Window', text('window', { placeholder: '5m' }), 'Counts the events of the last window')}
            {field(
              'op',
              'Operator',
              <select id={`${id}-op`} value={form.op} onChange={(e) => update({ op: e.target.value as LogRuleOp })}>
                {LOG_RULE_OPS.map((op) => (
                  <option key={op} value={op}>
                    {op} ({OP_WORDS[op]})
                  </option>
                ))}
              </select>,
            )}
            {field('threshold', 'Threshold', text('threshold'))}
            {field('for', 'For', text('for', { placeholder: '0s' }), 'How long the count must stay past the threshold')}
          </div>
          {field('groupBy', 'Group by fields', text('groupBy', { placeholder: 'service.name, host.name' }), 'Optional, comma-separated: one alert per distinct value set')}
          <div className="rule-row">
            {field('severity', 'Severity label', text('severity', { placeholder: 'page' }))}
            {field('summary', 'Summary annotation', text('summary', { onEdit: () => setSummaryEdited(true) }))}
          </div>
        </div>
        {yaml ? (
          <>
            <label htmlFor={`${id}-yaml`}>Preview (log-rules.yml)</label>
            <textarea id={`${id}-yaml`} className="rule-yaml" readOnly rows={Math.min(18, yaml.split('\n').length)} value={yaml} spellCheck={false} />
          </>
        ) : (
          <p className="muted">Preview (log-rules.yml): correct the fields marked above to see the rule.</p>
        )}
        <div className="dialog-actions">
          <span role="status" className="muted">
            {copied}
          </span>
          <button type="button" disabled={!yaml} onClick={() => void copy()}>
            Copy
          </button>
          <button
            type="button"
            disabled={!yaml}
            onClick={() => {
              if (!yaml) return;
              openRuleDraft(yaml);
              onClose();
            }}
          >
            Open in rule editor
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}

/** A modal keeps Tab and Shift+Tab among its own controls: past the last comes the first, and back. */
function keepFocusInside(event: KeyboardEvent, box: HTMLElement | null): void {
  const focusable = [...(box?.querySelectorAll<HTMLElement>('input, select, textarea, button') ?? [])].filter((el) => !(el as HTMLButtonElement).disabled);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
