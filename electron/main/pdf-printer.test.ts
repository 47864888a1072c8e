import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in BrowserWindow recording what the printer asked of it.
const electron = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; loaded?: string; printOptions?: unknown; destroyed: boolean }[],
  failLoad: false,
}));
vi.mock('electron', () => ({
  BrowserWindow: class {
    private readonly record: (typeof electron.windows)[number];
    readonly webContents = {
      printToPDF: async (options: unknown) => {
        this.record.printOptions = options;
        return Buffer.from(`%PDF-1.4 printed from ${this.record.loaded?.length ?? 0} characters`);
      },
    };
    constructor(options: Record<string, unknown>) {
      this.record = { options, destroyed: false };
      electron.windows.push(this.record);
    }
    async loadURL(url: string) {
      if (electron.failLoad) throw new Error('ERR_ABORTED');
      this.record.loaded = url;
    }
    destroy() {
      this.record.destroyed = true;
    }
  },
}));
const { electronPdfPrinter } = await import('./pdf-printer');

beforeEach(() => {
  electron.windows.length = 0;
  electron.failLoad = false;
});

describe('the desktop app’s PDF printer', () => {
  it('prints the report’s HTML in a hidden window that runs no script, then closes it', async () => {
    const html = '<!doctype html><title>Report</title><p>Ada — 132 / 132</p>';
    const printed = await electronPdfPrinter()(html);
    if (!printed.ok) throw new Error(printed.problem);
    expect(new TextDecoder().decode(printed.pdf)).toMatch(/^%PDF-/);
    const [window] = electron.windows;
    expect(window!.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, nodeIntegration: false } });
    // The page is the HTML itself, non-ASCII text intact.
    const loaded = window!.loaded!;
    expect(loaded.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(loaded.slice(loaded.indexOf(',') + 1), 'base64').toString('utf8')).toBe(html);
    expect(window!.printOptions).toMatchObject({ printBackground: true });
    expect(window!.destroyed).toBe(true);
  });

  it('says why when the page cannot be shown, and still closes the window', async () => {
    electron.failLoad = true;
    const printed = await electronPdfPrinter()('<p>x</p>');
    expect(printed).toEqual({ ok: false, problem: expect.stringContaining('ERR_ABORTED') });
    expect(electron.windows[0]!.destroyed).toBe(true);
  });
});
