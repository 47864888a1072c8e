import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { createBackend } from '../host/backend';
import type { Backend } from '../host/backend';
import { scenarioFoldersIn } from '../host/scenarios/catalog';
import { bindIpc } from './ipc';
import { applySecurityPolicy } from './security';

let backend: Backend | undefined;
let learnerWindow: BrowserWindow | undefined;

function scenariosDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'scenarios') : join(app.getAppPath(), 'scenarios');
}

function createLearnerWindow(back: Backend): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    title: 'Firedrill',
    show: false,
    backgroundColor: '#111217',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  const page = join(__dirname, '../renderer/index.html');
  const unbind = bindIpc(back, window, pathToFileURL(join(__dirname, '../renderer')).href);
  window.on('closed', unbind);
  window.once('ready-to-show', () => window.show());
  void window.loadFile(page);
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (learnerWindow?.isMinimized()) learnerWindow.restore();
    learnerWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => backend?.close());
  void app.whenReady().then(() => {
    applySecurityPolicy();
    backend = createBackend({
      dbPath: join(app.getPath('userData'), 'firedrill.db'),
      scenarioFolders: scenarioFoldersIn(scenariosDir()),
      live: true,
    });
    for (const p of backend.context.imports.problems) console.warn(`[firedrill] skipped invalid scenario ${p.folder}/${p.file}:${p.path}: ${p.reason}`);
    learnerWindow = createLearnerWindow(backend);
  });
}
