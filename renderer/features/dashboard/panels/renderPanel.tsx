import type { EcsEvent } from '../../../../electron/contract';
import { BarGaugePanel } from './BarGaugePanel';
import { DataTableView } from './DataTableView';
import { GaugePanel } from './GaugePanel';
import { HeatmapPanel } from './HeatmapPanel';
import { LogsPanel } from './LogsPanel';
import { PanelMessage } from './PanelMessage';
import { StatPanel } from './StatPanel';
import { TablePanel } from './TablePanel';
import { TextPanel } from './TextPanel';
import { TimeSeriesPanel } from './TimeSeriesPanel';
import type { PanelProps } from './types';
import { UnsupportedPanel } from './UnsupportedPanel';
import './panels.css';

/** Panel types whose data the table view can show instead of the chart. */
const DATA_PANELS = new Set(['timeseries', 'stat', 'gauge', 'bargauge', 'table', 'heatmap']);

/** The body of a panel: the component for its type, or the data as a table when the table view is on. */
export function PanelBody(props: PanelProps & { logs?: EcsEvent[] }) {
  const { panel } = props;
  if (props.tableView && DATA_PANELS.has(panel.type) && panel.type !== 'table') {
    return <DataTableView panel={panel} frames={props.data.frames} height={props.height} />;
  }
  switch (panel.type) {
    case 'timeseries':
      return <TimeSeriesPanel {...props} />;
    case 'stat':
      return <StatPanel {...props} />;
    case 'gauge':
      return <GaugePanel {...props} />;
    case 'bargauge':
      return <BarGaugePanel {...props} />;
    case 'table':
      return <TablePanel {...props} />;
    case 'heatmap':
      return <HeatmapPanel {...props} />;
    case 'logs':
      if (props.data.state === 'error') return <PanelMessage data={props.data} empty />;
      return <LogsPanel events={props.logs ?? []} options={panel.options} height={props.height} title={panel.title} />;
    case 'text':
      return <TextPanel panel={panel} height={props.height} />;
    default:
      return <UnsupportedPanel type={panel.type} />;
  }
}
