import type { KeyboardEvent } from 'react';
import { Fragment, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Completion, CompletionContext, Diagnostic } from '../../../electron/engine/promql/complete';
import { completionContext, diagnose, highlight } from '../../../electron/engine/promql/complete';
import type { CompletionSource } from './completion-source';
import { applyCompletion, completionsFor } from './completion-source';
import { SuggestionList } from './SuggestionList';

type Popup = { context: CompletionContext; items: Completion[]; active: number };

/** Characters after which the popup opens by itself (a name or value can start right after them). */
const OPENS_POPUP = /[A-Za-z0-9_:{,("'`=~[]$/;

/** The highlighted text, with the diagnostic's range wrapped in an underline. */
function HighlightedText({ text, diagnostic }: { text: string; diagnostic?: Diagnostic }) {
  const tokens = useMemo(() => highlight(text), [text]);
  const pieces: { from: number; to: number; kind: string; bad: boolean }[] = [];
  for (const t of tokens) {
    // Split each token at the diagnostic's edges so only the erroneous characters get the wavy line.
    const cuts = [t.from, t.to];
    if (diagnostic) for (const edge of [diagnostic.from, diagnostic.to]) if (edge > t.from && edge < t.to) cuts.push(edge);
    cuts.sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i]!;
      const to = cuts[i + 1]!;
      pieces.push({ from, to, kind: t.kind, bad: diagnostic !== undefined && from >= diagnostic.from && to <= diagnostic.to });
    }
  }
  return (
    <>
      {pieces.map((p) => (
        <span key={p.from} className={`hl-${p.kind}${p.bad ? ' hl-diagnostic' : ''}`}>
          {text.slice(p.from, p.to)}
        </span>
      ))}
      {/* A trailing newline keeps the overlay as tall as the textarea when the text ends with one. */}
      {'\n'}
    </>
  );
}

/**
 * A PromQL editor: a textarea under a highlighted copy of its text (same font and metrics, scrolled
 * together), the parse error underlined and spelled out below, and a completion list (an ARIA listbox
 * the textarea points into with aria-activedescendant). Shift+Enter runs.
 */
export function QueryEditor({ value, onChange, onRun, source, label }: { value: string; onChange(text: string): void; onRun(): void; source: CompletionSource; label: string }) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const overlay = useRef<HTMLPreElement>(null);
  const [popup, setPopup] = useState<Popup>();
  const request = useRef(0);
  const pendingCaret = useRef<{ text: string; caret: number }>(undefined);
  const diagnostic = useMemo(() => diagnose(value), [value]);
  const listId = `${id}-completions`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const close = () => {
    request.current++;
    setPopup(undefined);
  };

  const suggest = (text: string, cursor: number, forced: boolean) => {
    const context = completionContext(text, cursor);
    const typed = text.slice(Math.max(0, cursor - 1), cursor);
    if (!context || (!forced && !OPENS_POPUP.test(typed))) return close();
    const ticket = ++request.current;
    void completionsFor(context, source).then((items) => {
      if (ticket !== request.current) return;
      // An item that is exactly what was typed is no suggestion unless asked for.
      const useful = forced ? items : items.filter((i) => (i.insert ?? i.label) !== context.prefix);
      setPopup(useful.length > 0 ? { context, items: useful, active: 0 } : undefined);
    });
  };

  const accept = (item: Completion) => {
    if (!popup) return;
    const next = applyCompletion(value, popup.context, item);
    close();
    pendingCaret.current = next;
    onChange(next.text);
  };

  // The caret goes after the inserted text as soon as that text is on screen: a later moment (an animation
  // frame) would pull the caret back over keys typed in between.
  useLayoutEffect(() => {
    const pending = pendingCaret.current;
    pendingCaret.current = undefined;
    if (pending && pending.text === value && area.current) {
      area.current.focus();
      area.current.setSelectionRange(pending.caret, pending.caret);
    }
  }, [value]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === ' ' && event.ctrlKey) {
      event.preventDefault();
      suggest(value, event.currentTarget.selectionStart, true);
      return;
    }
    if (popup) {
      const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
      if (move !== undefined) {
        event.preventDefault();
        setPopup({ ...popup, active: (popup.active + move + popup.items.length) % popup.items.length });
        return;
      }
      if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
        event.preventDefault();
        accept(popup.items[popup.active]!);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
        return;
      }
    }
    if (event.key === 'Enter' && event.shiftKey) {
      event.preventDefault();
      close();
      onRun();
    }
  };

  const syncScroll = () => {
    if (!area.current || !overlay.current) return;
    overlay.current.scrollTop = area.current.scrollTop;
    overlay.current.scrollLeft = area.current.scrollLeft;
  };

  return (
    <div className="explore-editor">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label}
      </label>
      <div className="explore-editor-box">
        <pre className="explore-editor-overlay" aria-hidden="true" ref={overlay}>
          <HighlightedText text={value} diagnostic={diagnostic} />
        </pre>
        <textarea
          id={`${id}-input`}
          ref={area}
          className="explore-editor-input"
          value={value}
          spellCheck={false}
          autoComplete="off"
          rows={3}
          placeholder="Enter a PromQL query (Ctrl+Space for suggestions, Shift+Enter to run)"
          title={diagnostic?.message}
          aria-invalid={diagnostic ? true : undefined}
          aria-describedby={`${id}-problem`}
          aria-autocomplete="list"
          aria-controls={popup ? listId : undefined}
          aria-activedescendant={popup ? optionId(popup.active) : undefined}
          onChange={(event) => {
            onChange(event.target.value);
            suggest(event.target.value, event.target.selectionStart, false);
          }}
          onKeyDown={onKeyDown}
          onScroll={syncScroll}
          onBlur={close}
        />
        {popup && (
          <SuggestionList
            id={listId}
            className="explore-completions"
            items={popup.items}
            active={popup.active}
            optionId={optionId}
            show={(item) => ({ kind: item.kind, label: item.label, icon: item.kind[0]!, ...(item.detail && { detail: item.detail }) })}
            onAccept={accept}
          />
        )}
      </div>
      <p id={`${id}-problem`} className="explore-problem" aria-live="polite">
        {diagnostic && (
          <Fragment>
            <span className="explore-problem-label">Parse error:</span> {diagnostic.message}
          </Fragment>
        )}
      </p>
    </div>
  );
}
