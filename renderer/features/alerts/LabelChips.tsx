/** A label set as chips (`name="value"`), as Alertmanager's UI shows them; `alertname` first unless hidden. */
export function LabelChips({ labels, hide = [], label = 'Labels' }: { labels: Record<string, string>; hide?: string[]; label?: string }) {
  const entries = Object.entries(labels)
    .filter(([name]) => !hide.includes(name))
    .sort(([a], [b]) => (a === 'alertname' ? -1 : b === 'alertname' ? 1 : a.localeCompare(b)));
  if (entries.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {entries.map(([name, value]) => (
        <li key={name} className="chip">
          {name}="{value}"
        </li>
      ))}
    </ul>
  );
}
