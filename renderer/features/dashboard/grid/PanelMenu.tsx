import type { KeyboardEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';

export type PanelMenuItem = { label: string; onSelect(): void };

/** A menu button (WAI-ARIA menu): Enter/Space/↓ open it, arrows move, Esc closes and returns focus. */
export function PanelMenu({ title, items }: { title: string; items: PanelMenuItem[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: entries.length - 1 }[event.key];
    if (event.key === 'Escape') {
      // The menu's Esc must not also leave edit or presentation mode.
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') setOpen(false);
    else if (next !== undefined) {
      event.preventDefault();
      entries[(next + entries.length) % entries.length]?.focus();
    }
  };
  return (
    <div className="panel-menu">
      <button
        ref={button}
        type="button"
        className="panel-icon"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        aria-label={`Menu for panel ${title}`}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        ⋮
      </button>
      {open && (
        <ul className="dash-popover panel-menu-list" role="menu" id={`${id}-menu`} ref={menu} aria-label={`Panel ${title}`} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setOpen(false);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
