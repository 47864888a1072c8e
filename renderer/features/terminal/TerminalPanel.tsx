import { useEffect, useRef } from 'react';
import { api } from '../../api/client';
import { useAppStore } from '../../state/store';
import { TermWrap } from './term-wrap';
import { terminalApi } from './terminal-api';
import type { TerminalApi } from './terminal-api';

/** Mounts the terminal and keeps it fitted to its box; the TermWrap owns everything else. */
export function TerminalPanel({ disabled }: { disabled: boolean }) {
  const host = useRef<HTMLDivElement>(null);
  const disabledRef = useRef(disabled);
  disabledRef.current = disabled;
  useEffect(() => {
    const element = host.current!;
    const contract = terminalApi(api());
    const gated: TerminalApi = {
      ...contract,
      exec: (command) => (disabledRef.current ? Promise.resolve({ ok: false as const, error: { code: 'conflict' as const, message: 'the drill has ended' } }) : contract.exec(command)),
    };
    const wrap = new TermWrap(element, gated, () => void useAppStore.getState().refreshView());
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
