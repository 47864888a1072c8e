// Runs before `npm start`: makes sure the Electron binary is there, fetching it with Electron's own
// installer on first start (as `require('electron')` would), and explains clearly when it cannot.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { findElectronBinary } = require('./electron-binary.cjs');

if ('missing' in findElectronBinary()) {
  process.stderr.write('[start] The Electron binary is not installed yet; fetching it with Electron\'s installer…\n');
  const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 600_000 });
  const found = findElectronBinary();
  if ('missing' in found) {
    process.stderr.write(
      [
        `[start] Cannot open the desktop app: ${found.missing}.`,
        '        Electron downloads its binary from GitHub releases, which this machine cannot reach.',
        '        On a machine with internet access, `npm start` fetches it on first run (or run `npx install-electron --no`).',
        '        Here, run the same app in a browser instead:  npx firedrill serve',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
}
