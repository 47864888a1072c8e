import { memo, useMemo } from 'react';
import type { EcsEvent } from '../../../../electron/contract';

type Props = { events: EcsEvent[]; options: Record<string, unknown> | undefined; height: number; title?: string };

/** Grafana's level colours; the level is also written out, so colour is never the only cue. */
const LEVEL_CLASS: Record<EcsEvent['log.level'], string> = {
  debug: 'log-debug',
  info: 'log-info',
  warn: 'log-warn',
  error: 'log-error',
  fatal: 'log-fatal',
};

/**
 * Grafana's logs panel, presentational: the events newest first, each with its time (options.showTime), level,
 * service and message; long messages wrap when options.wrapLogMessage, else scroll sideways.
 */
export const LogsPanel = memo(function LogsPanel({ events, options, height, title }: Props) {
  const showTime = options?.showTime === true;
  const wrap = options?.wrapLogMessage === true;
  const sorted = useMemo(() => [...events].sort((a, b) => b['@timestamp'].localeCompare(a['@timestamp'])), [events]);
  if (sorted.length === 0) return <div className="panel-message">No logs</div>;
  return (
    <div className="logs-panel" style={{ maxHeight: height }} tabIndex={0} role="region" aria-label={`${title || 'Logs'}: ${sorted.length} ${sorted.length === 1 ? 'line' : 'lines'}, newest first`}>
      <ol className={`logs-lines ${wrap ? 'logs-wrap' : ''}`}>
        {sorted.map((event, i) => (
          <li key={`${event['@timestamp']}:${i}`} className={`log-line ${LEVEL_CLASS[event['log.level']] ?? ''}`}>
            {showTime && <time dateTime={event['@timestamp']}>{event['@timestamp'].slice(0, 23).replace('T', ' ')}</time>}
            <span className="log-level">{event['log.level']}</span>
            {event['service.name'] && <span className="log-service">{event['service.name']}</span>}
            <span className="log-message">{event.message}</span>
          </li>
        ))}
      </ol>
    </div>
  );
});
