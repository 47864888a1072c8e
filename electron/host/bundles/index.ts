export { exportBundle, bundleFilename } from './export-bundle';
export type { ExportOptions } from './export-bundle';
export { importBundle, outcomeLine, NOT_RESCORED } from './import-bundle';
export type { ImportOutcome } from './import-bundle';
export { parseBundle } from './parse-bundle';
export { serializeBundle, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BUNDLE_EXTENSION } from './format';
export type { Bundle, BundleHeader } from './format';
export { signHeader } from './signature';
export { appVersion } from './app-version';
