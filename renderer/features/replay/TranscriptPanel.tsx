import { useEffect, useRef } from 'react';
import type { TranscriptEntry } from '../../state/replay-slice';
import { useAppStore } from '../../state/store';
import { plainOutput } from './replay-format';

/** The terminal in a replay: the commands typed up to the moment, each with its prompt and output. Read-only. */
export function TranscriptPanel() {
  const entries = useAppStore((s) => s.replayTranscript);
  return <TranscriptLog entries={entries} />;
}

export function TranscriptLog({ entries }: { entries: readonly TranscriptEntry[] }) {
  const box = useRef<HTMLDivElement>(null);
  // The newest command is the one the moment is about, as a terminal keeps its last lines in view.
  useEffect(() => {
    if (box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [entries]);
  return (
    <section className="terminal transcript" aria-label="Terminal transcript">
      <h2>Terminal transcript</h2>
      <div className="transcript-host" ref={box} data-testid="transcript" tabIndex={0} aria-label="Commands up to this moment">
        {entries.length === 0 ? (
          <p className="muted">No command had been typed by this moment.</p>
        ) : (
          entries.map((entry) => (
            <div key={entry.seq} className="transcript-entry" data-exit-code={entry.exitCode}>
              <div className="transcript-command">
                <span className="transcript-prompt">{entry.prompt}</span> {entry.command}
              </div>
              {plainOutput(entry.output) !== '' && <pre className="transcript-output">{plainOutput(entry.output)}</pre>}
            </div>
          ))
        )}
      </div>
    </section>
  );
}
