import { useEffect } from 'react';
import type { DrillView } from '../../../electron/contract';
import type { IncidentTabKey } from '../../state/incident-slice';
import { useAppStore } from '../../state/store';
import type { TabSpec } from '../alerts/Tabs';
import { Tabs } from '../alerts/Tabs';
import { ChannelPanel } from './ChannelPanel';
import { DocumentTab } from './DocumentTab';
import { FormErrorLine } from './FieldError';
import { StatusPageTab } from './StatusPageTab';
import { TeamTab } from './TeamTab';
import './incident.css';

/**
 * The incident room beside the tools: the two channels, the status page, the living document and the team.
 * The full incident state is fetched only when the drill view's incident revision moves.
 */
export function IncidentWorkspace({ view }: { view: DrillView }) {
  const tab = useAppStore((s) => s.incidentTab);
  const setTab = useAppStore((s) => s.setIncidentTab);
  const incident = useAppStore((s) => s.incidentView);
  const loadError = useAppStore((s) => s.incidentErrors.load);
  const syncIncident = useAppStore((s) => s.syncIncident);
  const resetIncident = useAppStore((s) => s.resetIncident);
  const revision = view.incident.revision;
  useEffect(() => {
    void syncIncident();
  }, [syncIncident, revision]);
  // The workspace belongs to this drill: the next one starts afresh.
  useEffect(() => resetIncident, [resetIncident]);
  const tabs: TabSpec<IncidentTabKey>[] = [
    { key: 'incident', label: 'Incident channel' },
    { key: 'stakeholders', label: 'Stakeholders', badge: view.incident.openQuestions },
    { key: 'statuspage', label: 'Status page' },
    { key: 'document', label: 'Document' },
    { key: 'team', label: 'Team' },
  ];
  return (
    <section className="incident" aria-label="Incident">
      <h2 className="incident-title">{view.incident.declared ? view.incident.title : 'Incident (not declared)'}</h2>
      <Tabs<IncidentTabKey> label="Incident views" tabs={tabs} selected={tab} onSelect={setTab}>
        {!incident ? (
          <>
            <p className="muted">Loading the incident…</p>
            <FormErrorLine message={loadError?.message} />
          </>
        ) : (
          <>
            {tab === 'incident' && <ChannelPanel channel="incident" view={view} incident={incident} />}
            {tab === 'stakeholders' && <ChannelPanel channel="stakeholders" view={view} incident={incident} />}
            {tab === 'statuspage' && <StatusPageTab view={view} incident={incident} />}
            {tab === 'document' && <DocumentTab view={view} incident={incident} />}
            {tab === 'team' && <TeamTab view={view} incident={incident} />}
          </>
        )}
      </Tabs>
    </section>
  );
}
