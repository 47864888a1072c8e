import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { OpenMetricsParseError, SeriesStore, ingestOpenMetrics } from '../../engine/tsdb';

export type LoadedOpenMetrics = {
  store: SeriesStore;
  /** Unix ms of the store's zero (its first sample's second), for `storeQueryable(store, epochMs)`. */
  epochMs: number;
  series: number;
  samples: number;
  /** Unix ms of the newest sample (NaN when there is none). */
  newestMs: number;
};

/** Files up to this size are read as one string; bigger ones (a drill's full export) in line-aligned chunks. */
const CHUNK_BYTES = 64 << 20;

/** The first sample's timestamp (unix ms, whole seconds), so Int32 store times reach ±24 days around it. */
function firstTimestampMs(text: string): number {
  for (const line of text.split('\n', 10_000)) {
    if (line === '' || line.startsWith('#')) continue;
    const exemplar = line.indexOf(' # ');
    const sample = exemplar >= 0 ? line.slice(0, exemplar) : line;
    const afterName = sample.includes('{') ? sample.slice(sample.lastIndexOf('}') + 1) : sample.slice(sample.indexOf(' '));
    const seconds = Number(afterName.trim().split(/\s+/)[1]);
    if (Number.isFinite(seconds)) return Math.floor(seconds) * 1000;
  }
  return 0;
}

/**
 * Loads an OpenMetrics file into a fresh store. A file larger than a JS string comfortably holds is fed to
 * the parser in chunks that end on a line, each continuing the family (`# TYPE`) the last one was in.
 * Parse errors name the file's own line numbers.
 */
export function loadOpenMetricsFile(path: string, chunkBytes = CHUNK_BYTES): LoadedOpenMetrics {
  const fd = openSync(path, 'r');
  const store = new SeriesStore();
  let epochMs: number | undefined;
  let samples = 0;
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, chunkBytes) + 1);
    let carry = Buffer.alloc(0);
    let position = 0;
    let linesBefore = 0;
    let lastType: string | undefined;
    const decoder = new TextDecoder('utf-8', { fatal: false });
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length - 1, position);
      position += read;
      const last = position >= size || read === 0;
      const bytes = Buffer.concat([carry, buffer.subarray(0, read)]);
      const cut = last ? bytes.length : bytes.lastIndexOf(0x0a) + 1;
      carry = Buffer.from(bytes.subarray(cut));
      const text = decoder.decode(bytes.subarray(0, cut));
      epochMs ??= firstTimestampMs(text);
      const prefix = lastType !== undefined && !text.startsWith('# TYPE') ? `${lastType}\n` : '';
      try {
        const stats = ingestOpenMetrics(prefix + text + (last ? '' : '# EOF\n'), store, { epochMs });
        samples += stats.samples;
      } catch (error) {
        if (error instanceof OpenMetricsParseError) throw new OpenMetricsParseError(linesBefore + error.line - (prefix ? 1 : 0), error.reason);
        throw error;
      }
      const types = text.match(/^# TYPE .*$/gm);
      if (types) lastType = types[types.length - 1];
      linesBefore += countLines(text);
      if (last) break;
    }
  } finally {
    closeSync(fd);
  }
  let newest = -Infinity;
  for (const s of store.all()) if (s.length > 0) newest = Math.max(newest, s.times[s.length - 1]!);
  return { store, epochMs: epochMs ?? 0, series: store.seriesCount, samples, newestMs: newest === -Infinity ? NaN : newest + (epochMs ?? 0) };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
