import { useState } from 'react';
import { useAppStore } from '../../state/store';
import { outcomeFlags, outcomeText } from './grading-format';
import { readBundleFiles } from './readBundleFiles';

/** Picks bundle files, imports them a batch at a time with a moving progress bar, and lists what became of each. */
export function ImportBundles() {
  const progress = useAppStore((s) => s.importProgress);
  const outcomes = useAppStore((s) => s.importOutcomes);
  const importBundles = useAppStore((s) => s.importBundles);
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const running = progress !== undefined && progress.done < progress.total;
  const onPick = async (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length === 0) return;
    const { read, unreadable: failed } = await readBundleFiles(files);
    setUnreadable(failed);
    if (read.length > 0) await importBundles(read);
  };
  return (
    <section className="grading-import" aria-labelledby="grading-import-heading">
      <h2 id="grading-import-heading">Import bundles</h2>
      <label className="bundle-picker">
        Bundle files{' '}
        <input
          type="file"
          multiple
          accept=".json,application/json"
          disabled={running}
          onChange={(e) => {
            void onPick(e.currentTarget.files);
            e.currentTarget.value = ''; // picking the same files again imports them again (and says "already imported")
          }}
        />
      </label>
      {progress && (
        <div className="import-progress">
          <progress max={progress.total} value={progress.done} aria-label="Import progress" />
          <span role="status">
            {progress.done} of {progress.total} imported
          </span>
        </div>
      )}
      {unreadable.length > 0 && (
        <ul className="import-outcomes" aria-label="Unreadable files">
          {unreadable.map((line) => (
            <li key={line} className="outcome-error">
              {line}
            </li>
          ))}
        </ul>
      )}
      {outcomes.length > 0 && (
        <ul className="import-outcomes" aria-label="Import results">
          {outcomes.map((outcome, i) => {
            const flags = outcomeFlags(outcome);
            const tone = outcome.status === 'error' ? 'outcome-error' : flags.length > 0 ? 'outcome-flagged' : 'outcome-ok';
            return (
              <li key={`${i}-${outcome.file}`} className={tone} data-status={outcome.status} data-flagged={flags.length > 0}>
                <strong>{outcome.file}</strong>: {outcomeText(outcome)}
                {flags.length > 0 ? <span className="outcome-flags">; flags: {flags.join(' | ')}</span> : outcome.status === 'imported' ? '; ok' : ''}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
