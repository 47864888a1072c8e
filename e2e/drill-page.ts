import type { Locator, Page } from '@playwright/test';

/** The terminal's host element, with the probe renderer/features/terminal/term-wrap.ts sets on it. */
type ProbedElement = { terminalProbe?: { text(): string; stats(): { outputLines: number; followLines: number } } };

export type AlertingTab = 'Alerts' | 'Rules' | 'Silences' | 'Notifications' | 'Rule editor';

/** The drill screen, as a learner sees it. */
export class DrillPage {
  readonly dashboard: Locator;
  readonly terminal: Locator;
  readonly alerts: Locator;
  readonly score: Locator;
  readonly resolutionSummary: Locator;
  readonly resolveButton: Locator;
  readonly endButton: Locator;
  /** The phone-style pager overlay (present while a page is triggered or escalated). */
  readonly pager: Locator;
  /** The in-app runbook viewer. */
  readonly runbook: Locator;
  /** The alerting workspace's selected tab panel. */
  readonly tabPanel: Locator;

  constructor(readonly page: Page) {
    this.dashboard = page.getByRole('region', { name: 'Dashboard', exact: true });
    this.terminal = page.getByTestId('terminal');
    this.alerts = page.getByRole('region', { name: 'Alerts', exact: true });
    this.score = page.getByRole('region', { name: 'Score' });
    this.resolutionSummary = page.getByPlaceholder('Resolution summary');
    this.resolveButton = page.getByRole('button', { name: 'Resolve incident' });
    this.endButton = page.getByRole('button', { name: 'End drill' });
    this.pager = page.getByRole('alertdialog', { name: 'Pager' });
    this.runbook = page.getByRole('dialog', { name: /^Runbook/ });
    this.tabPanel = this.alerts.getByRole('tabpanel');
  }

  /** An alert of the scenario's threshold alerts (the ones a learner acknowledges). */
  alert(name: string): Locator {
    return this.alerts.getByTestId('threshold-alerts').locator('li', { hasText: name });
  }

  /**
   * An alert from the drill's Prometheus rules, on the Alerts tab (open it first). An alert in route
   * groups with different alerts shows once per group: this is the first.
   */
  ruleAlert(name: string): Locator {
    return this.alerts.getByTestId('rule-alert').filter({ has: this.page.getByText(name, { exact: true }) }).first();
  }

  async openTab(name: AlertingTab): Promise<void> {
    await this.alerts.getByRole('tab', { name }).click();
  }

  /** Silences on the Silences tab in one state. */
  silences(state: 'active' | 'pending' | 'expired'): Locator {
    return this.tabPanel.locator(`[data-testid="silence"][data-state="${state}"]`);
  }

  /** Deliveries on the Notifications tab, newest first. */
  notifications(): Locator {
    return this.tabPanel.getByTestId('delivery');
  }

  async setSpeed(label: 'Pause' | '1×' | '10×' | '60×'): Promise<void> {
    await this.page.getByRole('group', { name: 'Clock speed' }).getByRole('button', { name: label }).click();
  }

  /** Types a command line into the xterm terminal and presses Enter, as a person would. */
  async run(command: string): Promise<void> {
    await this.terminal.click();
    await this.page.keyboard.type(command);
    await this.page.keyboard.press('Enter');
  }

  terminalText(): Locator {
    return this.terminal.locator('.xterm-rows');
  }

  /** Types into the terminal without pressing Enter (keys as Playwright names them go through `press`). */
  async typeInTerminal(text: string): Promise<void> {
    await this.terminal.click();
    await this.page.keyboard.type(text);
  }

  /** The whole terminal buffer, scrollback included, through the probe the TermWrap sets on its element. */
  async terminalBuffer(): Promise<string> {
    return this.terminal.evaluate((element) => (element as unknown as ProbedElement).terminalProbe?.text() ?? '');
  }

  /** The buffer's last non-empty line: the prompt and what is being typed. */
  async terminalLine(): Promise<string> {
    return (await this.terminalBuffer()).split('\n').at(-1) ?? '';
  }

  /** Lines of command output the terminal has written (`followLines`: those polled from a following command). */
  async terminalStats(): Promise<{ outputLines: number; followLines: number }> {
    return this.terminal.evaluate((element) => (element as unknown as ProbedElement).terminalProbe!.stats());
  }
}
