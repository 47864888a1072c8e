import { useId, useState } from 'react';
import type { Delivery, DrillView } from '../../../electron/contract';
import { simClock } from './alert-format';

const CHANNELS: { value: Delivery['channel'] | 'all'; label: string }[] = [
  { value: 'all', label: 'All channels' },
  { value: 'chat', label: 'Chat' },
  { value: 'email', label: 'E-mail' },
  { value: 'pager', label: 'Pager' },
  { value: 'webhook', label: 'Webhook' },
];

/** What the receivers delivered, newest first: chat messages, e-mails, pages and webhook posts. */
export function NotificationsTab({ view }: { view: DrillView }) {
  const id = useId();
  const [channel, setChannel] = useState<Delivery['channel'] | 'all'>('all');
  const deliveries = view.alerting.deliveries.filter((d) => channel === 'all' || d.channel === channel);
  return (
    <div className="notifications-tab">
      <div className="form-row">
        <label htmlFor={`${id}-channel`}>Channel</label>
        <select id={`${id}-channel`} value={channel} onChange={(e) => setChannel(e.target.value as typeof channel)}>
          {CHANNELS.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      {deliveries.length === 0 && <p className="muted">No notification has been delivered{channel === 'all' ? '' : ' on this channel'}.</p>}
      <ul className="deliveries">
        {deliveries.map((d) => (
          <li key={d.id} className={`delivery delivery-${d.status}`} data-testid="delivery" data-channel={d.channel}>
            <div>
              <span className="mono">{simClock(d.at)}</span> <span className={`badge channel-${d.channel}`}>{d.channel}</span> <span className="badge status">{d.status}</span>{' '}
              <span className="muted">
                {d.receiver} → {d.destination}
              </span>
            </div>
            <strong className="subject">{d.subject}</strong>
            <pre className="body">{d.body}</pre>
            {d.payload && (
              <details>
                <summary>Webhook payload</summary>
                <pre className="payload" tabIndex={0}>{JSON.stringify(d.payload, null, 2)}</pre>
              </details>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
