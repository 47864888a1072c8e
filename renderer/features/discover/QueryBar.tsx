import type { KeyboardEvent } from 'react';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { DiscoverError } from '../../state/discover-slice';
import type { KqlCompletionContext } from '../../../electron/engine/logs/kql';
import { completionContext } from '../../../electron/engine/logs/kql';
import type { Suggestion, SuggestionSource } from './kql-suggest';
import { applySuggestion, suggestionsFor, TYPE_ICONS } from './kql-suggest';
import { SuggestionList } from '../explore/SuggestionList';

/** `active` is -1 until ↑/↓ picks an item: Enter then still searches, as in Kibana's query bar. */
type Popup = { context: KqlCompletionContext; items: Suggestion[]; active: number };

/** The query with a caret under the error's position, as Kibana's KQL syntax error shows it. */
function SyntaxError({ error }: { error: DiscoverError }) {
  const { query } = error;
  return (
    <div className="discover-query-error" role="alert">
      <p>{error.message}</p>
      {error.position !== undefined && (
        <pre aria-hidden="true">
          {query}
          {'\n'}
          {' '.repeat(Math.min(error.position, query.length))}^
        </pre>
      )}
    </div>
  );
}

type Props = {
  value: string;
  error?: DiscoverError;
  source: SuggestionSource;
  onChange(text: string): void;
  onRun(): void;
};

/**
 * Discover's KQL bar: one line, Enter searches, and suggestions (fields with their types, a field's values,
 * the keywords) in an ARIA listbox moved through with ↑/↓ and taken with Tab or Enter, as in Explore.
 */
export function QueryBar({ value, error, source, onChange, onRun }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [popup, setPopup] = useState<Popup>();
  const request = useRef(0);
  const pendingCaret = useRef<{ text: string; caret: number }>(undefined);
  const listId = `${id}-suggestions`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const close = () => {
    request.current++;
    setPopup(undefined);
  };

  const suggest = (text: string, cursor: number, forced = false) => {
    // An empty bar opens the list only when asked (Ctrl+Space): Enter there searches everything.
    if (text.trim() === '' && !forced) return close();
    const context = completionContext(text, cursor);
    const ticket = ++request.current;
    void suggestionsFor(context, source).then((items) => {
      if (ticket !== request.current) return;
      // An item that is exactly what was typed is no suggestion.
      const typed = context.kind === 'operator' ? undefined : context.prefix;
      const useful = items.filter((i) => i.label !== typed);
      setPopup(useful.length > 0 ? { context, items: useful, active: -1 } : undefined);
    });
  };

  const accept = (item: Suggestion) => {
    if (!popup) return;
    const next = applySuggestion(value, popup.context, item);
    close();
    pendingCaret.current = next;
    onChange(next.text);
    // A field is followed by its values, a value by the keywords: the next list opens at once.
    suggest(next.text, next.caret);
  };

  useLayoutEffect(() => {
    const pending = pendingCaret.current;
    pendingCaret.current = undefined;
    if (pending && pending.text === value && input.current) {
      input.current.focus();
      input.current.setSelectionRange(pending.caret, pending.caret);
    }
  }, [value]);

  const run = () => {
    close();
    onRun();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === ' ' && event.ctrlKey) {
      event.preventDefault();
      suggest(value, event.currentTarget.selectionStart ?? value.length, true);
      return;
    }
    if (popup) {
      const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
      if (move !== undefined) {
        event.preventDefault();
        const count = popup.items.length;
        setPopup({ ...popup, active: popup.active < 0 && move < 0 ? count - 1 : (popup.active + move + count) % count });
        return;
      }
      if ((event.key === 'Enter' && popup.active >= 0) || event.key === 'Tab') {
        event.preventDefault();
        accept(popup.items[Math.max(0, popup.active)]!);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
        return;
      }
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  };

  return (
    <div className="discover-query">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        KQL query
      </label>
      <input
        id={`${id}-input`}
        ref={input}
        className="discover-query-input"
        type="text"
        value={value}
        spellCheck={false}
        autoComplete="off"
        placeholder="Filter your data using KQL syntax (Enter to search)"
        role="combobox"
        aria-expanded={popup !== undefined}
        aria-autocomplete="list"
        aria-controls={popup ? listId : undefined}
        aria-activedescendant={popup && popup.active >= 0 ? optionId(popup.active) : undefined}
        aria-invalid={error?.position !== undefined ? true : undefined}
        onChange={(event) => {
          onChange(event.target.value);
          suggest(event.target.value, event.target.selectionStart ?? event.target.value.length);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {popup && (
        <SuggestionList
          id={listId}
          className="discover-suggestions"
          items={popup.items}
          active={popup.active}
          optionId={optionId}
          show={(item) => ({
            kind: item.kind,
            label: item.label,
            icon: item.type ? TYPE_ICONS[item.type] : item.kind === 'value' ? '=' : '·',
            title: item.type ?? item.kind,
            ...(item.type && { detail: item.type }),
          })}
          onAccept={accept}
        />
      )}
      {error && <SyntaxError error={error} />}
    </div>
  );
}
