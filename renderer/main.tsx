import '@xterm/xterm/css/xterm.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/client';
import { App } from './app/App';
import { ConnectionError } from './app/ConnectionError';

const root = createRoot(document.getElementById('root')!);
const connection = connectApi(window);
if (connection.ok) {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
} else {
  root.render(<ConnectionError reason={connection.reason} />);
}
