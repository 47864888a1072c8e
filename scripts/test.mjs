// `npm test`: lint, type-check, build, then every test runner; ends with one line counting all test cases.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { summarize } from './summary.mjs';

const run = (label, command, args) => {
  process.stdout.write(`\n[test] ${label}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
};

rmSync('reports', { recursive: true, force: true });
const checks = [
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.node.json']],
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.web.json']],
  ['build', 'npx', ['electron-vite', 'build']],
];
let ok = true;
const exited = {};
for (const [label, command, args] of checks) {
  if (!run(label, command, args)) {
    ok = false;
    process.stdout.write(`[test] ${label} failed\n`);
    break;
  }
}
if (ok) {
  exited.vitest = run('unit', 'npx', ['vitest', 'run']);
  exited.playwright = run('end-to-end', 'npx', ['playwright', 'test']);
  ok = exited.vitest && exited.playwright;
}
const summary = summarize(exited);
for (const line of summary.details) process.stdout.write(`${line}\n`);
process.stdout.write(`tests: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped\n`);
process.exit(ok && summary.complete && summary.failed === 0 && summary.passed > 0 ? 0 : 1);
