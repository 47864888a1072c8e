import type { ChatMessage, IncidentView, Question } from '../../../electron/contract';
import { clockTime } from '../../format';
import { authorLine } from './people';
import { waitText } from './timers';
import { UpdateCard } from './UpdateCard';

/** The element id of a message, so a task can link to its finding. */
export function messageElementId(id: string): string {
  return `incident-msg-${id}`;
}

type Props = {
  message: ChatMessage;
  roster: Pick<IncidentView, 'learner' | 'team' | 'stakeholders' | 'roles'>;
  question?: Question;
  /** The question this message answers, if it is an answer. */
  answers?: ChatMessage;
  startUnixMs: number;
  now: number;
  onReply?(): void;
};

/** One chat message: who (with their title), when in sim time, and what, drawn by kind. */
export function MessageItem({ message, roster, question, answers, startUnixMs, now, onReply }: Props) {
  const author = authorLine(roster, message.author);
  const time = `${clockTime(startUnixMs, message.at)} UTC`;
  return (
    <article id={messageElementId(message.id)} className={`msg msg-${message.kind} by-${message.author.kind}`} aria-label={`${author.name}, ${time}`} tabIndex={-1}>
      <header className="msg-head">
        <strong className="msg-author">{author.name}</strong>
        {author.detail && <span className="muted">{author.detail}</span>}
        <time className="msg-time">{time}</time>
      </header>
      {answers && (
        <p className="msg-reply-to muted">
          ↪ replying to {authorLine(roster, answers.author).name}: “{answers.text.length > 80 ? `${answers.text.slice(0, 80)}…` : answers.text}”
        </p>
      )}
      {message.kind === 'update' && message.update ? <UpdateCard update={message.update} /> : <p className="msg-text">{message.kind === 'reminder' ? `⚠ ${message.text}` : message.text}</p>}
      {message.queries && message.queries.length > 0 && (
        <ul className="msg-queries" aria-label="Queries run">
          {message.queries.map((q, i) => (
            <li key={i}>
              <code>{q}</code>
            </li>
          ))}
        </ul>
      )}
      {question && (
        <div className="msg-wait">
          <span className={question.answeredAt === undefined ? 'waiting' : 'answered'}>{waitText(question, now)}</span>
          {question.answeredAt === undefined && onReply && (
            <button type="button" onClick={onReply} aria-label={`Reply to ${author.name}`}>
              Reply
            </button>
          )}
        </div>
      )}
    </article>
  );
}
