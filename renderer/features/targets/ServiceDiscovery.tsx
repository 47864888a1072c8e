import type { ActiveTarget } from '../../../electron/contract';
import { groupTargets } from './targets-model';

function LabelList({ labels, label }: { labels: Record<string, string>; label: string }) {
  return (
    <ul className="sd-labels" aria-label={label}>
      {Object.entries(labels).map(([name, value]) => (
        <li key={name}>
          <code>
            {name}="{value}"
          </code>
        </li>
      ))}
    </ul>
  );
}

/**
 * The Service discovery tab, as Prometheus's /service-discovery page: per pool, each target's labels as
 * discovery found them (address, scrape settings, `__meta_*`) beside the target labels relabelling kept.
 */
export function ServiceDiscovery({ targets }: { targets: ActiveTarget[] }) {
  const groups = groupTargets(targets, { unhealthyOnly: false, search: '' });
  if (groups.length === 0) return <p className="muted">No targets.</p>;
  return (
    <div className="targets">
      <nav aria-label="Scrape pools">
        <ul className="sd-pools">
          {groups.map((g) => (
            <li key={g.pool}>
              {g.pool} ({g.total} / {g.total} active targets)
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.pool} className="target-pool" aria-label={`${group.pool} service discovery`}>
          <h3>{group.pool}</h3>
          <table className="targets-table sd-table">
            <caption className="visually-hidden">Discovered and target labels of the {group.pool} scrape pool</caption>
            <thead>
              <tr>
                <th scope="col">Discovered Labels</th>
                <th scope="col">Target Labels</th>
              </tr>
            </thead>
            <tbody>
              {group.targets.map((t) => (
                <tr key={t.scrapeUrl + t.labels.instance}>
                  <td>
                    <LabelList labels={t.discoveredLabels} label={`Discovered labels of ${t.labels.instance ?? t.scrapeUrl}`} />
                  </td>
                  <td>
                    <LabelList labels={t.labels} label={`Target labels of ${t.labels.instance ?? t.scrapeUrl}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
