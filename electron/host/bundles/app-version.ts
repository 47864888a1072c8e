import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../cli/paths';

/** The app's version as package.json states it (bundles record which Firedrill wrote them). */
export function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
