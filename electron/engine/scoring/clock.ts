/** A sim time as the wall-clock time of day it stands for ("10:14:32 UTC"), for detail lines. */
export function clockTime(startUnixMs: number, t: number): string {
  return `${new Date(startUnixMs + t).toISOString().slice(11, 19)} UTC`;
}

/** A span of milliseconds as a short duration ("5m", "2m15s", "45s"). */
export function formatSpan(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts = [h > 0 ? `${h}h` : '', m > 0 ? `${m}m` : '', s > 0 ? `${s}s` : ''].join('');
  return parts === '' ? '0s' : parts;
}
