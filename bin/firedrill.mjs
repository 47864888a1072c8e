#!/usr/bin/env node
// The firedrill CLI. It runs the TypeScript sources through tsx, so a checkout needs no build step.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(
    `firedrill needs Node 22 or newer (this is ${process.version}).\n` +
      'Run it as `npx firedrill …` inside the checkout after `npm ci`: npm puts the project\'s own Node 22 first on the PATH.\n',
  );
  process.exit(2);
}
const { createRequire } = await import('node:module');
const { register } = await import('tsx/cjs/api');
register();
const require = createRequire(import.meta.url);
const { main } = require('../electron/host/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
