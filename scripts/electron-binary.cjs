// Finds the Electron binary without triggering a download (require('electron') downloads on first use).
const fs = require('node:fs');
const path = require('node:path');

/** @returns {{ path: string } | { missing: string }} */
function findElectronBinary() {
  const pkgDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8') : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative || 'electron') : relative && path.join(pkgDir, 'dist', relative);
  if (binary && fs.existsSync(binary)) return { path: binary };
  return { missing: binary ? `no Electron binary at ${binary}` : 'the Electron binary has not been downloaded' };
}

module.exports = { findElectronBinary };
