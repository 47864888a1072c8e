import { useId, useState } from 'react';
import type { ActiveTarget } from '../../../electron/contract';
import { LabelChips } from '../alerts/LabelChips';
import { formatAgo, formatScrapeDuration, groupTargets } from './targets-model';

const STATE_TEXT = { up: 'UP', down: 'DOWN', unknown: 'UNKNOWN' } as const;

/** The Targets tab: a filter, a label search, and one collapsible table per scrape pool. */
export function TargetPools({ targets, nowMs }: { targets: ActiveTarget[]; nowMs: number }) {
  const [unhealthyOnly, setUnhealthyOnly] = useState(false);
  const [search, setSearch] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const searchId = useId();
  const groups = groupTargets(targets, { unhealthyOnly, search });
  const toggle = (pool: string) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (!next.delete(pool)) next.add(pool);
      return next;
    });
  return (
    <div className="targets">
      <div className="targets-toolbar">
        <div role="group" aria-label="Show targets">
          <button type="button" aria-pressed={!unhealthyOnly} onClick={() => setUnhealthyOnly(false)}>
            All
          </button>
          <button type="button" aria-pressed={unhealthyOnly} onClick={() => setUnhealthyOnly(true)}>
            Unhealthy
          </button>
        </div>
        <label htmlFor={searchId} className="visually-hidden">
          Filter by endpoint or labels
        </label>
        <input id={searchId} type="search" placeholder="Filter by endpoint or labels" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      {groups.length === 0 && <p className="muted">{targets.length === 0 ? 'No targets.' : 'No targets match.'}</p>}
      {groups.map((group) => {
        const open = !collapsed.has(group.pool);
        const tableId = `${searchId}-${group.pool}`;
        return (
          <section key={group.pool} className="target-pool" aria-label={`${group.pool} targets`}>
            <h3>
              <button type="button" className="pool-toggle" aria-expanded={open} aria-controls={tableId} onClick={() => toggle(group.pool)}>
                <span aria-hidden="true">{open ? '▾' : '▸'}</span> {group.pool}{' '}
                <span className={group.up === group.total ? 'pool-count all-up' : 'pool-count some-down'}>
                  ({group.up}/{group.total} up)
                </span>
              </button>
            </h3>
            {open && (
              <table id={tableId} className="targets-table">
                <caption className="visually-hidden">Targets of the {group.pool} scrape pool</caption>
                <thead>
                  <tr>
                    <th scope="col">Endpoint</th>
                    <th scope="col">State</th>
                    <th scope="col">Labels</th>
                    <th scope="col">Last Scrape</th>
                    <th scope="col">Scrape Duration</th>
                    <th scope="col">Error</th>
                  </tr>
                </thead>
                <tbody>
                  {group.targets.map((t) => (
                    <tr key={t.scrapeUrl + t.labels.instance}>
                      <td className="endpoint">
                        <code>{t.scrapeUrl}</code>
                      </td>
                      <td>
                        <span className={`target-state state-${t.health}`}>{STATE_TEXT[t.health]}</span>
                      </td>
                      <td>
                        <LabelChips labels={t.labels} label={`Labels of ${t.labels.instance ?? t.scrapeUrl}`} />
                      </td>
                      <td className="numeric">{formatAgo(t.lastScrape, nowMs)}</td>
                      <td className="numeric">{t.lastScrape.startsWith('0001-') ? '' : formatScrapeDuration(t.lastScrapeDuration)}</td>
                      <td className="target-error">{t.lastError}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}
