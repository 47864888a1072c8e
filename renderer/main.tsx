import '@xterm/xterm/css/xterm.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/client';
import { App } from './app/App';
import { ConnectionError } from './app/ConnectionError';
import { InstructorConsole } from './features/instructor/InstructorConsole';
import { ProjectorScreen } from './features/projector/ProjectorScreen';

/** The page the address asks for: the learner's app, or (a second window or page) the instructor's or the room's. */
function pageFor(search: string) {
  const view = new URLSearchParams(search).get('view');
  if (view === 'instructor') return <InstructorConsole />;
  if (view === 'projector') return <ProjectorScreen />;
  return <App />;
}

const root = createRoot(document.getElementById('root')!);
const connection = connectApi(window);
if (connection.ok) {
  root.render(
    <StrictMode>
      {pageFor(window.location.search)}
    </StrictMode>,
  );
} else {
  root.render(<ConnectionError reason={connection.reason} />);
}
