import type { ChannelId, DrillView, IncidentView } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { ChatComposer } from './ChatComposer';
import { MessageLog } from './MessageLog';

const LABELS: Record<ChannelId, string> = { incident: 'Incident channel', stakeholders: 'Stakeholders' };

/** One channel: its conversation, and the box to write in it. */
export function ChannelPanel({ channel, view, incident }: { channel: ChannelId; view: DrillView; incident: IncidentView }) {
  const setReplyTo = useAppStore((s) => s.setReplyTo);
  const messages = incident.messages.filter((m) => m.channel === channel);
  return (
    <div className="channel">
      <MessageLog
        label={`${LABELS[channel]} messages`}
        messages={messages}
        incident={incident}
        startUnixMs={view.startUnixMs}
        now={view.now}
        onReply={(question) => {
          setReplyTo(channel, question);
          document.querySelector<HTMLTextAreaElement>(`textarea[aria-label="Message ${LABELS[channel]}"]`)?.focus();
        }}
      />
      <ChatComposer channel={channel} label={LABELS[channel]} incident={incident} disabled={view.ended} />
    </div>
  );
}
