import { useState } from 'react';
import type { LearnerProfile } from '../../../electron/contract';
import { useAppStore } from '../../state/store';
import { Dialog } from '../incident/Dialog';

/** Create a learner: a name (unique) and, if the class uses them, a student id. */
function CreateLearner() {
  const create = useAppStore((s) => s.createLearner);
  const [name, setName] = useState('');
  const [studentId, setStudentId] = useState('');
  return (
    <form
      className="learner-create"
      onSubmit={(event) => {
        event.preventDefault();
        void create(name, studentId).then((created) => {
          if (created) {
            setName('');
            setStudentId('');
          }
        });
      }}
    >
      <label>
        Name <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
      </label>
      <label>
        Student id (optional) <input value={studentId} onChange={(e) => setStudentId(e.target.value)} maxLength={100} />
      </label>
      <button type="submit">Create learner</button>
    </form>
  );
}

/** Deleting takes the name typed again: it removes every attempt of theirs and cannot be undone. */
function ConfirmDelete({ learner, onDone }: { learner: LearnerProfile; onDone(): void }) {
  const remove = useAppStore((s) => s.deleteLearner);
  const [typed, setTyped] = useState('');
  return (
    <form
      className="learner-delete"
      aria-label={`Delete ${learner.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void remove(learner.name, typed).then((deleted) => deleted && onDone());
      }}
    >
      <p>
        This deletes <strong>{learner.name}</strong> and all their data: {learner.attempts} attempt{learner.attempts === 1 ? '' : 's'} with their
        event logs and scores, and their saved searches and dashboards. It cannot be undone.
      </p>
      <label>
        Type <strong>{learner.name}</strong> to confirm <input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      </label>
      <button type="submit" disabled={typed !== learner.name}>
        Delete {learner.name}
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

/** Every learner on this machine: who plays next, and create or delete one. */
export function LearnersDialog({ onClose }: { onClose(): void }) {
  const learners = useAppStore((s) => s.learners) ?? [];
  const current = useAppStore((s) => s.currentLearner);
  const error = useAppStore((s) => s.learnersError);
  const select = useAppStore((s) => s.selectLearner);
  const [deleting, setDeleting] = useState<string | undefined>();
  const toDelete = learners.find((l) => l.name === deleting);
  return (
    <Dialog title="Learners" onClose={onClose} className="learners-dialog">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {learners.length === 0 ? (
        <p className="muted">No learner profiles yet: drills are played as “{current}”.</p>
      ) : (
        <table className="learners-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Student id</th>
              <th scope="col">Attempts</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {learners.map((l) => (
              <tr key={l.name}>
                <td>{l.name}</td>
                <td>{l.studentId ?? '—'}</td>
                <td>{l.attempts}</td>
                <td className="learner-actions">
                  {l.name === current ? (
                    <span className="meta">playing</span>
                  ) : (
                    <button type="button" onClick={() => void select(l.name)} aria-label={`Play as ${l.name}`}>
                      Select
                    </button>
                  )}
                  <button type="button" onClick={() => setDeleting(l.name)} aria-label={`Delete ${l.name}…`}>
                    Delete…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {toDelete ? <ConfirmDelete key={toDelete.name} learner={toDelete} onDone={() => setDeleting(undefined)} /> : <CreateLearner />}
    </Dialog>
  );
}
