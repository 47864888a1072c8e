import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { DrillPage } from './drill-page';
import { expect, test } from './harness-fixture';

const scenarioFile = resolve(__dirname, '..', 'scenarios', 'checkout-bad-deploy', 'scenario.yaml');
const title = (parse(readFileSync(scenarioFile, 'utf8')) as { title: string }).title;
const PROMPT = 'oncall@bastion:~$';

/** Starts the checkout drill with the clock paused and the terminal showing its prompt. */
async function startDrill(page: Page, url: string): Promise<DrillPage> {
  await page.goto(url);
  await page.getByRole('button', { name: `Start drill: ${title}` }).click();
  const drill = new DrillPage(page);
  await drill.setSpeed('Pause');
  await expect.poll(() => drill.terminalLine()).toBe(PROMPT);
  return drill;
}

const count = (text: string, word: string) => text.split(word).length - 1;

test('the terminal runs commands, recalls history, completes commands and searches back', async ({ harness, page }) => {
  const drill = await startDrill(page, harness.url);

  await test.step('a command prints its table', async () => {
    await drill.run('kubectl get pods -n shop');
    await expect(drill.terminalText()).toContainText('RESTARTS');
    await expect(drill.terminalText()).toContainText(/checkout-\S+\s+\d+\/\d+\s+Running/);
    await expect.poll(() => drill.terminalLine()).toBe(PROMPT);
  });

  await test.step('↑ recalls it', async () => {
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => drill.terminalLine()).toBe(`${PROMPT} kubectl get pods -n shop`);
    await page.keyboard.press('Control+U');
    await expect.poll(() => drill.terminalLine()).toBe(PROMPT);
  });

  await test.step('Tab completes a command name, with a space after it', async () => {
    await drill.typeInTerminal('kub');
    await page.keyboard.press('Tab');
    await expect.poll(() => drill.terminalLine()).toBe(`${PROMPT} kubectl`);
    await page.keyboard.type('version --client');
    await expect.poll(() => drill.terminalLine()).toBe(`${PROMPT} kubectl version --client`);
    await page.keyboard.press('Control+U');
  });

  await test.step('an unknown command is reported as bash does', async () => {
    await drill.run('kubctl get pods');
    await expect(drill.terminalText()).toContainText('kubctl: command not found');
    await expect.poll(() => drill.terminalLine()).toBe(PROMPT);
  });

  await test.step('Ctrl-R finds the earlier command and Enter runs it again', async () => {
    await page.keyboard.press('Control+R');
    await page.keyboard.type('pods -n');
    await expect.poll(() => drill.terminalLine()).toBe("(reverse-i-search)`pods -n': kubectl get pods -n shop");
    await page.keyboard.press('Enter');
    await expect.poll(async () => count(await drill.terminalBuffer(), 'RESTARTS')).toBe(2);
    await expect.poll(() => drill.terminalLine()).toBe(PROMPT);
  });

  await test.step('editing mid-line: ← and typing insert at the cursor', async () => {
    await drill.typeInTerminal('kubectl get pod -n shop');
    for (let i = 0; i < ' -n shop'.length; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('s');
    await page.keyboard.press('Enter');
    await expect.poll(async () => count(await drill.terminalBuffer(), 'RESTARTS')).toBe(3);
  });

  await test.step('a line longer than the terminal is wide edits correctly across the wrap', async () => {
    const long = 'x'.repeat(120);
    await drill.typeInTerminal(`echo ${long} end`);
    await page.keyboard.press('Home');
    for (let i = 0; i < 'echo '.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.type('start ');
    await expect.poll(() => drill.terminalLine()).toBe(`${PROMPT} echo start ${long} end`);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await drill.terminalBuffer()).split('\n').slice(-2)).toEqual([`start ${long} end`, PROMPT]);
  });

  await test.step('Ctrl-L clears the screen and keeps the line being typed', async () => {
    await drill.typeInTerminal('uptime');
    await page.keyboard.press('Control+L');
    await expect(drill.terminalText()).not.toContainText('RESTARTS');
    await expect.poll(() => drill.terminalLine()).toBe(`${PROMPT} uptime`);
  });
});

// Needs the real shell (hosts, streaming files, pod completion), which the engine lands at the end of the day.
test('tail -f streams at 60×, Ctrl-C stops it; ssh changes the prompt; Tab completes pod names', async ({ harness, page }) => {
  const drill = await startDrill(page, harness.url);

  await test.step('tail -f keeps printing until Ctrl-C, then the prompt returns', async () => {
    // A service's log lives on the nodes running its pods: find one, and go there.
    await drill.run('kubectl get pods -n shop -o wide | grep checkout | head -1 | awk \'{print $7}\' > node.txt');
    await drill.run('cat node.txt');
    const node = /^(node-\S+|db-\S+)$/m.exec(await drill.terminalBuffer())![1]!;
    await drill.run(`ssh ${node}`);
    await expect.poll(() => drill.terminalLine()).toBe(`oncall@${node}:~$`);
    await drill.run('tail -f /var/log/checkout.log');
    await drill.setSpeed('60×');
    const start = (await drill.terminalStats()).followLines;
    await expect.poll(async () => (await drill.terminalStats()).followLines, { timeout: 20_000 }).toBeGreaterThan(start + 5);
    const nodePrompt = `oncall@${node}:~$`;
    await expect.poll(() => drill.terminalLine()).not.toContain(nodePrompt);
    await drill.terminal.click();
    await page.keyboard.press('Control+C');
    await expect.poll(() => drill.terminalLine()).toBe(nodePrompt);
    await drill.setSpeed('Pause');
    const stopped = (await drill.terminalStats()).followLines;
    await page.waitForTimeout(1000);
    expect((await drill.terminalStats()).followLines).toBe(stopped);
    expect(await drill.terminalBuffer()).toMatch(new RegExp(`\\^C\\noncall@${node}:~\\$$`));
    await drill.run('exit');
    await expect.poll(() => drill.terminalLine()).toBe(PROMPT);
  });

  await test.step('Tab Tab lists the checkout pods', async () => {
    await drill.run('kubectl get pods -n shop');
    await expect(drill.terminalText()).toContainText('RESTARTS');
    const pod = /^(checkout-\S+)/m.exec(await drill.terminalBuffer())![1]!;
    await drill.typeInTerminal('kubectl logs -n shop checkout-');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await drill.terminalBuffer()).split('kubectl logs -n shop checkout-').slice(1).join('')).toContain(pod);
    await page.keyboard.press('Control+U');
  });

  await test.step('ssh moves to another host and exit comes back', async () => {
    await drill.run('ssh node-a');
    await expect.poll(() => drill.terminalLine()).toBe('oncall@node-a:~$');
    await drill.run('exit');
    await expect.poll(() => drill.terminalLine()).toBe(PROMPT);
  });
});
