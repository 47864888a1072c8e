import { join } from 'node:path';
import { app, Menu } from 'electron';
import { createBackend } from '../host/backend';
import type { Backend } from '../host/backend';
import { scenarioFoldersIn } from '../host/scenarios/catalog';
import { bindIpc } from './ipc';
import { applicationMenuTemplate } from './menu-template';
import { electronPdfPrinter } from './pdf-printer';
import { applySecurityPolicy } from './security';
import { APP_FOLDER_URL, APP_PAGE_URL, createLearnerWindow, focusLearnerWindow, openClassroomWindow } from './windows';

let backend: Backend | undefined;
let unbindIpc: (() => void) | undefined;

function scenariosDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'scenarios') : join(app.getAppPath(), 'scenarios');
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusLearnerWindow);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    unbindIpc?.();
    unbindIpc = undefined;
    backend?.close();
  });
  void app.whenReady().then(() => {
    applySecurityPolicy({ appPageUrl: APP_PAGE_URL, openClassroom: (view) => void openClassroomWindow(view) });
    Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate((view) => void openClassroomWindow(view), { platform: process.platform, developer: !app.isPackaged })));
    backend = createBackend({
      dbPath: join(app.getPath('userData'), 'firedrill.db'),
      scenarioFolders: scenarioFoldersIn(scenariosDir()),
      live: true,
      printPdf: electronPdfPrinter(),
    });
    for (const p of backend.context.imports.problems) console.warn(`[firedrill] skipped invalid scenario ${p.folder}/${p.file}:${p.path}: ${p.reason}`);
    unbindIpc = bindIpc(backend, APP_FOLDER_URL);
    createLearnerWindow();
  });
}
