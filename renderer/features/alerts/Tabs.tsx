import type { KeyboardEvent, ReactNode } from 'react';
import { useId, useRef } from 'react';

export type TabSpec<K extends string> = { key: K; label: string; badge?: number };

/**
 * WAI-ARIA tabs: one tab stop for the tab list, arrow keys (and Home/End) move between tabs and select
 * them, and only the selected panel is rendered.
 */
export function Tabs<K extends string>({ label, tabs, selected, onSelect, children }: { label: string; tabs: TabSpec<K>[]; selected: K; onSelect(key: K): void; children: ReactNode }) {
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.key === selected);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(tab.key);
    list.current?.querySelector<HTMLElement>(`[data-tab="${tab.key}"]`)?.focus();
  };
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            data-tab={tab.key}
            aria-selected={tab.key === selected}
            aria-controls={`${id}-panel`}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
            {tab.badge ? <span className="tab-badge"> {tab.badge}</span> : null}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected}`} tabIndex={0}>
        {children}
      </div>
    </>
  );
}
