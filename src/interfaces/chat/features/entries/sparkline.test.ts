import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline.js';

describe('the mood sparkline', () => {
  it('draws the scale’s ends as the lowest and highest bars, and the same value as the same bar', () => {
    expect(sparkline([1, 10], 1, 10)).toBe('▁█');
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 1, 10)).toBe('▁▂▃▃▄▅▆▆▇█');
    expect(sparkline([6, 6, 6], 1, 10)).toBe('▅▅▅');
  });

  it('clamps values outside the scale and copes with a one-point scale', () => {
    expect(sparkline([0, 11], 1, 10)).toBe('▁█');
    expect(sparkline([3], 3, 3)).toBe('▁');
  });
});
