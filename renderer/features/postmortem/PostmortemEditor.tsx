import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { ActionItemsTable } from './ActionItemsTable';
import type { ProseField } from './document-edit';
import { applySuggestion, blameAt, withField } from './document-edit';
import { downloadText } from './download';
import { FactorsList } from './FactorsList';
import { ProseSection } from './ProseSection';
import { SaveBar } from './SaveBar';
import { TimelineTable } from './TimelineTable';
import { TruthChecklist } from './TruthChecklist';
import type { BlameFinding, PostmortemDocument } from './types';
import { WhysList } from './WhysList';

const OPENING: ProseField[] = ['title', 'summary', 'impact'];
const CAUSE: ProseField[] = ['trigger', 'rootCause'];
const LESSONS: ProseField[] = ['wentWell', 'wentBadly', 'gotLucky'];

/** Ctrl+S (⌘S on a Mac) saves while the editor is open, instead of the browser's "save page". */
function useSaveShortcut(save: () => unknown): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [save]);
}

/**
 * The blameless postmortem editor: the template's sections, reviewed as the learner types (blame flags beside
 * the text, action items flagged on their row, the truth checklist), saved to the attempt's log and exported.
 */
export function PostmortemEditor() {
  const document = useAppStore((s) => s.postmortem);
  const review = useAppStore((s) => s.postmortemReview);
  const hasTruth = useAppStore((s) => s.postmortemHasTruth);
  const saved = useAppStore((s) => s.postmortemSaved);
  const dirty = useAppStore((s) => s.postmortemDirty);
  const busy = useAppStore((s) => s.postmortemBusy);
  const error = useAppStore((s) => s.postmortemError);
  const score = useAppStore((s) => s.score);
  const startUnixMs = useAppStore((s) => s.view?.startUnixMs);
  const edit = useAppStore((s) => s.editPostmortem);
  const save = useAppStore((s) => s.savePostmortem);
  const exportMarkdown = useAppStore((s) => s.exportPostmortem);
  const load = useAppStore((s) => s.loadPostmortem);

  const onSave = () => void save();
  useSaveShortcut(save);
  useEffect(() => {
    if (!document) void load();
  }, [document, load]);

  if (!document) {
    return (
      <section className="postmortem" aria-label="Postmortem">
        {error ? <p role="alert">{error}</p> : <p role="status">Loading the postmortem…</p>}
      </section>
    );
  }
  const change = (next: PostmortemDocument) => edit(next);
  const apply = (finding: BlameFinding) => edit(applySuggestion(document, finding));
  const prose = (field: ProseField) => (
    <ProseSection key={field} field={field} value={document[field]} findings={blameAt(review, { field })} onChange={(text) => change(withField(document, field, text))} onApply={apply} />
  );
  const onExport = async () => {
    const file = await exportMarkdown();
    if (file) downloadText(file.filename, file.markdown);
  };

  return (
    <section className="postmortem" aria-label="Postmortem">
      <div className="pm-columns">
        <form className="pm-form" aria-label="Postmortem document" onSubmit={(e) => e.preventDefault()}>
          {OPENING.map(prose)}
          <TimelineTable lines={document.timeline} review={review} onChange={(timeline) => change({ ...document, timeline })} onApply={apply} />
          {CAUSE.map(prose)}
          <WhysList whys={document.whys} review={review} onChange={(whys) => change({ ...document, whys })} onApply={apply} />
          <FactorsList factors={document.contributingFactors} review={review} onChange={(contributingFactors) => change({ ...document, contributingFactors })} onApply={apply} />
          {LESSONS.map(prose)}
          <ActionItemsTable items={document.actionItems} review={review} onChange={(actionItems) => change({ ...document, actionItems })} onApply={apply} />
        </form>
        <aside className="pm-side">
          <SaveBar
            saved={saved}
            dirty={dirty}
            busy={busy}
            error={error}
            startUnixMs={startUnixMs}
            criteria={score?.criteria.filter((c) => c.category === 'postmortem') ?? []}
            onSave={onSave}
            onExport={() => void onExport()}
          />
          <TruthChecklist review={review} hasTruth={hasTruth} />
        </aside>
      </div>
    </section>
  );
}
