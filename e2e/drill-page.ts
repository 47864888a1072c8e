import type { Locator, Page } from '@playwright/test';

/** The drill screen, as a learner sees it. */
export class DrillPage {
  readonly dashboard: Locator;
  readonly terminal: Locator;
  readonly alerts: Locator;
  readonly score: Locator;
  readonly resolutionSummary: Locator;
  readonly resolveButton: Locator;
  readonly endButton: Locator;

  constructor(readonly page: Page) {
    this.dashboard = page.getByRole('region', { name: 'Dashboard' });
    this.terminal = page.getByTestId('terminal');
    this.alerts = page.getByRole('region', { name: 'Alerts' });
    this.score = page.getByRole('region', { name: 'Score' });
    this.resolutionSummary = page.getByPlaceholder('Resolution summary');
    this.resolveButton = page.getByRole('button', { name: 'Resolve incident' });
    this.endButton = page.getByRole('button', { name: 'End drill' });
  }

  /** An alert of the scenario's threshold alerts (the ones a learner acknowledges). */
  alert(name: string): Locator {
    return this.alerts.getByTestId('threshold-alerts').locator('li', { hasText: name });
  }

  /** An alert from the scenario's Prometheus rules (rules.yml). */
  ruleAlert(name: string): Locator {
    return this.alerts.getByTestId('rule-alerts').locator('li', { hasText: name });
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
}
