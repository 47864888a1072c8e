import type { KeyboardEvent } from 'react';
import { useId, useState } from 'react';
import type { ChannelId, IncidentView } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { authorLine } from './people';
import { acceptCompletion, completeSlash, counterText, SLASH_COMMANDS } from './slash-commands';

/**
 * A channel's message box. Enter sends, Shift+Enter starts a new line; a "/" at the start offers the slash
 * commands (arrows to choose, Tab to take one). A refused message keeps its text and shows why underneath.
 */
export function ChatComposer({ channel, label, incident, disabled }: { channel: ChannelId; label: string; incident: IncidentView; disabled: boolean }) {
  const id = useId();
  const draft = useAppStore((s) => s.chatDrafts[channel]);
  const setDraft = useAppStore((s) => s.setChatDraft);
  const setReplyTo = useAppStore((s) => s.setReplyTo);
  const postChat = useAppStore((s) => s.postChat);
  const clearError = useAppStore((s) => s.clearIncidentError);
  const error = useAppStore((s) => s.incidentErrors[`chat:${channel}`]);
  const busy = useAppStore((s) => s.incidentBusy[`chat:${channel}`] === true);
  const [highlight, setHighlight] = useState(0);
  const completions = completeSlash(draft.text);
  const chosen = completions[Math.min(highlight, completions.length - 1)];
  const counter = counterText(draft.text.trim().length);
  const question = draft.replyTo ? incident.messages.find((m) => m.id === draft.replyTo) : undefined;

  const send = () => {
    if (!busy && !disabled) void postChat(channel);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (completions.length > 0 && chosen) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setHighlight((completions.indexOf(chosen) + step + completions.length) % completions.length);
        return;
      }
      if (event.key === 'Tab' && !event.shiftKey) {
        event.preventDefault();
        setDraft(channel, acceptCompletion(chosen));
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  return (
    <form
      className="chat-composer"
      aria-label={`Post to ${label}`}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      {question && (
        <div className="replying">
          <span>
            Replying to <strong>{authorLine(incident, question.author).name}</strong>: “{question.text.length > 60 ? `${question.text.slice(0, 60)}…` : question.text}”
          </span>
          <button type="button" onClick={() => setReplyTo(channel, undefined)}>
            Cancel reply
          </button>
        </div>
      )}
      {completions.length > 0 && (
        <ul className="slash-completions" role="listbox" id={`${id}-completions`} aria-label="Slash commands">
          {completions.map((c) => (
            <li
              key={c.name}
              id={`${id}-${c.name.slice(1)}`}
              role="option"
              aria-selected={c === chosen}
              onMouseDown={(event) => {
                // Keep the focus in the textarea while taking the command.
                event.preventDefault();
                setDraft(channel, acceptCompletion(c));
              }}
            >
              <code>{c.usage}</code> <span className="muted">{c.summary}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="chat-input">
        <textarea
          aria-label={`Message ${label}`}
          value={draft.text}
          rows={2}
          disabled={disabled}
          placeholder={channel === 'incident' ? 'Message the incident channel, or / for commands' : 'Message the stakeholders'}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error ${id}-help`}
          aria-controls={completions.length > 0 ? `${id}-completions` : undefined}
          aria-activedescendant={completions.length > 0 && chosen ? `${id}-${chosen.name.slice(1)}` : undefined}
          onChange={(e) => {
            setDraft(channel, e.target.value);
            setHighlight(0);
            if (error) clearError(`chat:${channel}`);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="submit" disabled={disabled || busy}>
          Send
        </button>
      </div>
      <div className="chat-foot">
        <span id={`${id}-help`} className="muted">
          {SLASH_COMMANDS.map((c) => c.name).join(' ')} · Shift+Enter for a new line
        </span>
        {counter && <span className={counter.over ? 'counter over' : 'counter'}>{counter.text}</span>}
      </div>
      <p id={`${id}-error`} className="form-error" role="alert">
        {error?.message}
      </p>
    </form>
  );
}
