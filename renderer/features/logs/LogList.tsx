import type { EcsEvent } from '../../../electron/contract';

export function LogList({ logs }: { logs: EcsEvent[] }) {
  return (
    <section className="logs" aria-label="Logs" tabIndex={0}>
      <h2>Logs</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">@timestamp</th>
            <th scope="col">log.level</th>
            <th scope="col">host.name</th>
            <th scope="col">message</th>
          </tr>
        </thead>
        <tbody>
          {logs.map((event, i) => (
            <tr key={`${event['trace.id']}-${i}`} className={`level-${event['log.level']}`}>
              <td>{event['@timestamp'].slice(11, 19)}</td>
              <td>{event['log.level']}</td>
              <td>{event['host.name']}</td>
              <td>{event.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
