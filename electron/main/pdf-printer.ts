import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../host/grading/pdf';

/**
 * The desktop app prints reports with its own Chromium: a hidden window that runs no script shows the report's
 * HTML (it is self-contained: styles inline, the timeline an inline SVG) and Chromium prints it. So a grader
 * needs nothing installed for a PDF, where the browser harness and the CLI look for a Chromium on the machine.
 */
export function electronPdfPrinter(): PdfPrinter {
  return async (html) => {
    const window = new BrowserWindow({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
    });
    try {
      await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
      const pdf = await window.webContents.printToPDF({ printBackground: true, displayHeaderFooter: false, pageSize: 'A4' });
      return { ok: true, pdf: new Uint8Array(pdf) };
    } catch (error) {
      return { ok: false, problem: `the desktop app could not print the report: ${error instanceof Error ? error.message : String(error)}` };
    } finally {
      window.destroy();
    }
  };
}
