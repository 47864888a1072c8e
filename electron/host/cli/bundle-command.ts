import { writeFileSync } from 'node:fs';
import { appVersion, exportBundle } from '../bundles';
import { openGradingStore } from './grading-store';
import type { CliIo } from './io';

export type AttemptExportArgs = { db?: string; attempt?: number; out?: string; key?: string };

/** `firedrill attempt export`: one attempt as a bundle file, signed when a class key is given. */
export function attemptExportCommand(args: AttemptExportArgs, io: CliIo): number {
  if (args.attempt === undefined) {
    io.err('--attempt ID is required');
    return 2;
  }
  if (args.out === undefined) {
    io.err('--out FILE is required (e.g. ada.firedrill.json)');
    return 2;
  }
  const store = openGradingStore(args.db, io, { create: false });
  if (!store) return 1;
  try {
    const result = exportBundle(store, args.attempt, { appVersion: appVersion(), key: args.key || undefined });
    if (!result.ok) {
      io.err(`${args.db}: ${result.error.message}`);
      return 1;
    }
    writeFileSync(args.out, result.value.json);
    io.out(`${args.out}: attempt ${args.attempt}, ${Buffer.byteLength(result.value.json)} bytes${args.key ? ', signed' : ''}`);
    return 0;
  } finally {
    store.close();
  }
}
