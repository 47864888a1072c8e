import { describe, expect, it } from 'vitest';
import { coalesced } from './coalesced';

describe('coalesced', () => {
  it('runs one refresh at a time and queues a single catch-up for any number of calls meanwhile', async () => {
    let runs = 0;
    let release: () => void = () => {};
    const run = coalesced(async () => {
      runs += 1;
      if (runs === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = run();
    void run();
    void run();
    void run();
    expect(runs).toBe(1);
    release();
    await first;
    expect(runs).toBe(2);
  });

  it('runs again after a refresh that threw', async () => {
    let runs = 0;
    const run = coalesced(async () => {
      runs += 1;
      if (runs === 1) throw new Error('offline');
    });
    await expect(run()).rejects.toThrow('offline');
    await run();
    expect(runs).toBe(2);
  });
});
