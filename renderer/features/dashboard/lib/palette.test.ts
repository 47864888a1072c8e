import { describe, expect, it } from 'vitest';
import { seriesColor, seriesDash } from './palette';

describe('palette', () => {
  it('gives distinct colours to the first sixteen series', () => {
    const colours = Array.from({ length: 16 }, (_, i) => seriesColor(i));
    expect(new Set(colours).size).toBe(16);
  });

  it('never draws two series with the same colour and dash', () => {
    const styles = Array.from({ length: 60 }, (_, i) => `${seriesColor(i)} ${seriesDash(i)}`);
    expect(new Set(styles).size).toBe(60);
    const contrast = Array.from({ length: 30 }, (_, i) => `${seriesColor(i, 'high-contrast')} ${seriesDash(i, 'high-contrast')}`);
    expect(new Set(contrast).size).toBe(30);
  });

  it('dashes every series when asked, solid first', () => {
    expect(seriesDash(0, 'default', true)).toBe('');
    expect(seriesDash(1, 'default', true)).not.toBe('');
  });
});
