import type { DrillView, RuleView } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { promDuration, simClock } from './alert-format';
import { LabelChips } from './LabelChips';

/** Prometheus's /rules page: rule groups, each rule with its query, `for`, labels, annotations, health and state. */
export function RulesTab({ view }: { view: DrillView }) {
  const groups = new Map<string, RuleView[]>();
  for (const rule of view.alerting.rules) groups.set(rule.group, [...(groups.get(rule.group) ?? []), rule]);
  if (groups.size === 0) return <p className="muted">This drill has no rules.</p>;
  return (
    <div className="rules-tab">
      {[...groups].map(([group, rules]) => (
        <section key={group} className="rule-group" aria-label={`Rule group ${group}`}>
          <h3>{group}</h3>
          <table className="rules">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">State</th>
                <th scope="col">Health</th>
                <th scope="col">Last evaluation</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((rule) => (
                <RuleRow key={`${rule.kind}:${rule.name}`} rule={rule} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

function RuleRow({ rule }: { rule: RuleView }) {
  const openRunbook = useAppStore((s) => s.openRunbook);
  const runbook = rule.annotations.runbook_url;
  return (
    <tr data-testid="rule" data-source={rule.source} data-health={rule.health}>
      <td>
        <div>
          <span className={`source source-${rule.source}`}>{rule.source}</span> <span className="muted">{rule.kind === 'alert' ? 'alert:' : 'record:'}</span>{' '}
          <strong>{rule.name}</strong>
        </div>
        <pre className="query">{rule.query}</pre>
        {rule.forMs !== undefined && rule.forMs > 0 && <div className="muted">for: {promDuration(rule.forMs)}</div>}
        <LabelChips labels={rule.labels} />
        {Object.keys(rule.annotations).length > 0 && (
          <dl className="annotations">
            {Object.entries(rule.annotations).map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        {runbook && (
          <button type="button" onClick={() => void openRunbook(runbook)}>
            Runbook
          </button>
        )}
      </td>
      <td>{rule.kind === 'alert' ? <span className={`state state-${rule.state ?? 'inactive'}`}>{rule.state ?? 'inactive'}</span> : '—'}</td>
      <td>
        <span className={`health health-${rule.health}`}>{rule.health}</span>
        {rule.lastError && <div className="rule-error">{rule.lastError}</div>}
      </td>
      <td className="mono">{rule.lastEvaluationMs !== undefined ? simClock(rule.lastEvaluationMs) : 'never'}</td>
    </tr>
  );
}
