import { CLASSROOM_PAGES, openClassroomPage } from './classroom-pages';

/** The instructor's way into the classroom windows from the learner's app: the console and the projector. */
export function ClassroomLinks() {
  return (
    <nav className="classroom-links" aria-label="Classroom">
      <span className="classroom-links-label" aria-hidden="true">
        Classroom:
      </span>
      {CLASSROOM_PAGES.map((page) => (
        <button key={page.view} type="button" onClick={() => openClassroomPage(window, page)}>
          {page.label}
        </button>
      ))}
    </nav>
  );
}
