import { useLayoutEffect, useRef } from 'react';
import type { ChatMessage, IncidentView } from '../../../electron/contract';
import { MessageItem } from './MessageItem';

/** How close to the bottom still counts as "following the conversation". */
const FOLLOW_SLACK_PX = 32;

/**
 * A channel's messages as an ARIA log. New messages scroll into view while the learner is at the bottom;
 * once they scroll up to read, the list stays where they put it.
 */
export function MessageLog({ label, messages, incident, startUnixMs, now, onReply }: { label: string; messages: ChatMessage[]; incident: IncidentView; startUnixMs: number; now: number; onReply(question: string): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const last = messages.at(-1)?.id;
  useLayoutEffect(() => {
    const list = ref.current;
    if (list && following.current) list.scrollTop = list.scrollHeight;
  }, [last]);
  const questions = new Map(incident.questions.map((q) => [q.id, q]));
  const byId = new Map(incident.messages.map((m) => [m.id, m]));
  return (
    <div
      className="msg-log"
      role="log"
      aria-label={label}
      ref={ref}
      tabIndex={0}
      onScroll={(event) => {
        const list = event.currentTarget;
        following.current = list.scrollHeight - list.scrollTop - list.clientHeight < FOLLOW_SLACK_PX;
      }}
    >
      {messages.length === 0 && <p className="muted">No messages yet.</p>}
      {messages.map((message) => (
        <MessageItem
          key={message.id}
          message={message}
          roster={incident}
          question={questions.get(message.id)}
          answers={message.replyTo ? byId.get(message.replyTo) : undefined}
          startUnixMs={startUnixMs}
          now={now}
          onReply={() => onReply(message.id)}
        />
      ))}
    </div>
  );
}
