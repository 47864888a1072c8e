import { elapsed } from '../../format';
import type { UnavailableReplay } from '../../state/replay-slice';
import { useAppStore } from '../../state/store';

/** A payload in one line, as the log stored it. */
function payloadText(payload: unknown): string {
  const text = JSON.stringify(payload ?? {});
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** An attempt that cannot be re-derived (its scenario version is gone): why, and its stored events as logged. */
export function ReplayUnavailable({ replay }: { replay: UnavailableReplay }) {
  const close = useAppStore((s) => s.closeReplay);
  return (
    <main className="picker replay-unavailable">
      <h1>
        Attempt {replay.attempt}: {replay.scenario}
      </h1>
      <p role="status">{replay.reason}</p>
      <button type="button" onClick={() => void close()}>
        Close replay
      </button>
      <table className="attempts-table">
        <caption>Stored events (version {replay.version})</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Time</th>
            <th scope="col">Event</th>
            <th scope="col">Payload</th>
          </tr>
        </thead>
        <tbody>
          {replay.events.map((event) => (
            <tr key={event.seq}>
              <td>{event.seq}</td>
              <td>{elapsed(event.t)}</td>
              <td>{event.type}</td>
              <td>
                <code>{payloadText(event.payload)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
