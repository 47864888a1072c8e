import { useEffect, useRef } from 'react';
import { api } from '../../api/client';
import { useAppStore } from '../../state/store';
import { TermWrap } from './term-wrap';

/** Mounts the terminal and keeps it fitted to its box; the TermWrap owns everything else. */
export function TerminalPanel({ disabled }: { disabled: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const disabledRef = useRef(disabled);
  disabledRef.current = disabled;
  useEffect(() => {
    const element = host.current!;
    const wrap = new TermWrap(element, async (line) => {
      if (disabledRef.current) return { output: 'the drill has ended', exitCode: 1 };
      const result = await api().invoke('terminal.exec', { command: line });
      if (!result.ok) return { output: result.error.message, exitCode: 1 };
      void useAppStore.getState().refreshView();
      return result.value;
    });
    let pending: number | undefined;
    const observer = new ResizeObserver(() => {
      window.clearTimeout(pending);
      pending = window.setTimeout(() => wrap.resize(), 50);
    });
    observer.observe(element);
    return () => {
      window.clearTimeout(pending);
      observer.disconnect();
      wrap.dispose();
    };
  }, []);
  return (
    <section className="terminal" aria-label="Terminal">
      <h2>Terminal</h2>
      <div className="terminal-host" ref={host} data-testid="terminal" />
    </section>
  );
}
