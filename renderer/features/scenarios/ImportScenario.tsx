import { useId, useState } from 'react';
import { useAppStore } from '../../state/store';
import { ProblemList } from './ProblemList';

/**
 * Imports a scenario folder: the browser's folder picker (Electron shows the system's folder dialog for the same
 * input). The folder's name is the scenario id; its files go to the back end, which validates them and lists the
 * scenario, or answers with the problems, shown here with file and path.
 */
export function ImportScenario() {
  const id = useId();
  const importScenario = useAppStore((s) => s.importScenario);
  const lastImport = useAppStore((s) => s.lastImport);
  const [busy, setBusy] = useState(false);
  return (
    <section className="import-scenario" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import a scenario folder</h2>
      <p className="muted">A folder holding scenario.yaml (see scenarios/README.md). It is checked before it is listed.</p>
      <label className="scenario-folder">
        Scenario folder{' '}
        <input
          type="file"
          disabled={busy}
          // React does not know the non-standard attribute; it is passed through as written.
          {...{ webkitdirectory: '', directory: '' }}
          multiple
          onChange={(event) => {
            const picked = [...(event.target.files ?? [])];
            event.target.value = '';
            if (picked.length === 0) return;
            setBusy(true);
            void readFolder(picked)
              .then(({ folder, files }) => importScenario(folder, files))
              .finally(() => setBusy(false));
          }}
        />
      </label>
      {busy && <p role="status">Importing…</p>}
      {!busy && lastImport?.imported && (
        <p role="status">
          Imported “{lastImport.imported.title}” ({lastImport.imported.id}, version {lastImport.imported.version}).
        </p>
      )}
      {lastImport && lastImport.problems.length > 0 && <ProblemList label="Import problems" heading="The folder was not imported" problems={lastImport.problems} />}
    </section>
  );
}

/** The picked files by path inside the folder, and the folder's name (the first part of every relative path). */
async function readFolder(picked: File[]): Promise<{ folder: string; files: Record<string, string> }> {
  const first = picked[0]!.webkitRelativePath || picked[0]!.name;
  const folder = first.includes('/') ? first.slice(0, first.indexOf('/')) : 'imported';
  const files: Record<string, string> = {};
  for (const file of picked) {
    const path = file.webkitRelativePath ? file.webkitRelativePath.slice(folder.length + 1) : file.name;
    files[path] = await file.text();
  }
  return { folder, files };
}
