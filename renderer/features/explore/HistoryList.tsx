/** The queries run in this scenario, newest first; choosing one puts it back in the editor. */
export function HistoryList({ history, onPick }: { history: string[]; onPick(expr: string): void }) {
  return (
    <aside className="explore-history" aria-label="Query history">
      <h2>History</h2>
      {history.length === 0 ? (
        <p className="muted">Queries you run appear here.</p>
      ) : (
        <ul>
          {history.map((expr) => (
            <li key={expr}>
              <button type="button" className="explore-history-item" title={expr} onClick={() => onPick(expr)}>
                <code>{expr}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
