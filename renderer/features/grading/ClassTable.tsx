import { api } from '../../api/client';
import type { GradedAttempt, GradeFilter } from '../../state/grading-slice';
import { useAppStore } from '../../state/store';
import { AttemptFilters } from '../learners/AttemptFilters';
import { useState } from 'react';
import { downloadBase64, downloadText } from '../postmortem/download';
import { startedOn } from '../replay/replay-format';
import { categoryColumns, gradeChoices, simDuration } from './grading-format';

/** The graded attempts, one row each with a column per rubric category, filterable, with the class CSV to download. */
export function ClassTable() {
  const attempts = useAppStore((s) => s.gradedAttempts);
  const filter = useAppStore((s) => s.gradeFilter);
  const setFilter = useAppStore((s) => s.setGradeFilter);
  const classCsv = useAppStore((s) => s.classCsv);
  const downloadCsv = async () => {
    const csv = await classCsv();
    if (csv) downloadText(csv.filename, csv.content, 'text/csv');
  };
  return (
    <section className="class-table" aria-labelledby="class-table-heading">
      <h2 id="class-table-heading">Class results</h2>
      <GradeFilters filter={filter} onChange={(f) => void setFilter(f)} />
      <button type="button" onClick={() => void downloadCsv()} disabled={!attempts || attempts.length === 0}>
        Download CSV
      </button>
      {attempts?.length === 0 && <p className="muted">No graded attempt matches these filters.</p>}
      {attempts && attempts.length > 0 && <GradedTable attempts={attempts} />}
    </section>
  );
}

/**
 * Scenario, learner and days. The choices come from every graded attempt (loaded once, unfiltered), so narrowing
 * by one filter never hides the others' options.
 */
function GradeFilters({ filter, onChange }: { filter: GradeFilter; onChange(filter: GradeFilter): void }) {
  const all = useAppStore((s) => s.allGradedAttempts);
  return <AttemptFilters label="Filter graded attempts" filter={filter} choices={gradeChoices(all ?? [])} onChange={onChange} />;
}

/**
 * Downloads an attempt's HTML report (the page the PDF is printed from): one file that opens in any browser.
 */
async function openReport(attempt: number): Promise<void> {
  const result = await api().invoke('grade.attemptReport', { attempt });
  if (!result.ok) {
    useAppStore.setState({ gradingError: `Report of attempt ${attempt}: ${result.error.message}` });
    return;
  }
  downloadText(result.value.filename, result.value.html, 'text/html');
}

/**
 * Downloads an attempt's report printed to PDF by the back end (seconds: a headless Chromium prints it), the file a
 * grader hands to the student. The button says it is printing and takes no second click meanwhile.
 */
function PdfReportButton({ attempt }: { attempt: GradedAttempt }) {
  const [printing, setPrinting] = useState(false);
  const print = async () => {
    setPrinting(true);
    try {
      const result = await api().invoke('grade.attemptPdf', { attempt: attempt.attempt });
      if (!result.ok) useAppStore.setState({ gradingError: `PDF of attempt ${attempt.attempt}: ${result.error.message}` });
      else downloadBase64(result.value.filename, result.value.base64, 'application/pdf');
    } finally {
      setPrinting(false);
    }
  };
  return (
    <button type="button" onClick={() => void print()} disabled={printing} aria-label={`Download the PDF report of attempt ${attempt.attempt}: ${attempt.learner.name}`}>
      {printing ? 'Printing PDF…' : 'PDF'}
    </button>
  );
}

export function GradedTable({ attempts }: { attempts: readonly GradedAttempt[] }) {
  const categories = categoryColumns(attempts);
  return (
    <div className="table-scroll">
      <table className="attempts-table graded-table">
        <thead>
          <tr>
            <th scope="col">Attempt</th>
            <th scope="col">Learner</th>
            <th scope="col">Student id</th>
            <th scope="col">Scenario</th>
            <th scope="col">Level</th>
            <th scope="col">Date</th>
            <th scope="col">Duration</th>
            <th scope="col">Total</th>
            {categories.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
            <th scope="col">Flags</th>
            <th scope="col">
              <span className="visually-hidden">Reports</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((a) => (
            <tr key={a.attempt} data-attempt={a.attempt} className={a.flags.length > 0 ? 'flagged' : undefined}>
              <td>{a.attempt}</td>
              <td>{a.learner.name}</td>
              <td>{a.learner.studentId ?? ''}</td>
              <td>
                {a.scenario.title}
                {!a.scenario.installed && <span className="meta"> · version not installed</span>}
              </td>
              <td>{a.difficulty || '—'}</td>
              <td>
                <time dateTime={a.startedAt}>{startedOn(a.startedAt)}</time>
              </td>
              <td>{simDuration(a.durationMs)}</td>
              <td>{a.score ? `${a.score.total} / ${a.score.max}` : '—'}</td>
              {categories.map((c) => {
                const points = a.score?.categories[c];
                return <td key={c}>{points ? `${points.points} / ${points.max}` : ''}</td>;
              })}
              <td className="graded-flags">{a.flags.join(' | ')}</td>
              <td>
                <span className="report-buttons">
                  <PdfReportButton attempt={a} />
                  <button type="button" onClick={() => void openReport(a.attempt)} aria-label={`Download the HTML report of attempt ${a.attempt}: ${a.learner.name}`}>
                    HTML
                  </button>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
