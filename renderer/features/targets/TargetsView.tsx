import { useState } from 'react';
import type { DrillView } from '../../../electron/contract';
import type { TabSpec } from '../alerts/Tabs';
import { Tabs } from '../alerts/Tabs';
import { ServiceDiscovery } from './ServiceDiscovery';
import { TargetPools } from './TargetPools';
import { useTargets } from './useTargets';
import './targets.css';

type TabKey = 'targets' | 'discovery';

/**
 * Prometheus's Status pages for the drill's scraper: Targets (each pool's endpoints, health, last scrape and
 * error) and Service discovery (what discovery found for each target, and the labels it kept).
 */
export function TargetsView({ view }: { view: DrillView }) {
  const [tab, setTab] = useState<TabKey>('targets');
  const { status, error } = useTargets(view);
  const targets = status?.activeTargets ?? [];
  const tabs: TabSpec<TabKey>[] = [
    { key: 'targets', label: 'Targets', badge: targets.filter((t) => t.health === 'down').length },
    { key: 'discovery', label: 'Service discovery' },
  ];
  return (
    <section className="targets-view" aria-label="Scrape targets">
      {error && (
        <p className="targets-error" role="alert">
          Could not load targets: {error}
        </p>
      )}
      <Tabs<TabKey> label="Prometheus status" tabs={tabs} selected={tab} onSelect={setTab}>
        {!status && !error && <p className="muted">Loading targets…</p>}
        {status && tab === 'targets' && <TargetPools targets={targets} nowMs={view.startUnixMs + view.now} />}
        {status && tab === 'discovery' && <ServiceDiscovery targets={targets} />}
      </Tabs>
    </section>
  );
}
