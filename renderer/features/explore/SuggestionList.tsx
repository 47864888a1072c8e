/** One suggestion as the list shows it: a one-character kind mark (or icon), the label, and a detail. */
export type SuggestionItem = { kind: string; label: string; icon: string; title?: string; detail?: string };

type Props<T> = {
  id: string;
  className: string;
  items: readonly T[];
  /** The highlighted item, -1 for none. */
  active: number;
  optionId(index: number): string;
  show(item: T): SuggestionItem;
  onAccept(item: T): void;
};

/**
 * The completion popup of the query editors (Explore's PromQL, Discover's KQL): an ARIA listbox the editor
 * points at with aria-controls and aria-activedescendant, so focus stays in the editor while ↑/↓ move.
 */
export function SuggestionList<T>({ id, className, items, active, optionId, show, onAccept }: Props<T>) {
  return (
    <ul className={className} role="listbox" id={id} aria-label="Suggestions">
      {items.map((item, i) => {
        const { kind, label, icon, title, detail } = show(item);
        return (
          <li
            key={`${kind}-${label}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={`completion completion-${kind}`}
            // mousedown, not click: the editor must not lose focus (and close the list) first.
            onMouseDown={(event) => {
              event.preventDefault();
              onAccept(item);
            }}
          >
            <span className="completion-kind" title={title} aria-hidden="true">
              {icon}
            </span>
            <span className="completion-label">{label}</span>
            {detail && <span className="completion-detail">{detail}</span>}
          </li>
        );
      })}
    </ul>
  );
}
