import { describe, expect, it } from 'vitest';
import { timeAxisLabels } from './time-axis';

const at = (iso: string) => Date.parse(iso) / 1000;
const HOUR = 3600;

describe('the history chart’s time axis', () => {
  it('labels hours 24-hour in Russian, in the account’s zone rather than the browser’s', () => {
    const labels = timeAxisLabels('ru', 'Europe/Moscow')(
      [at('2026-03-01T12:00:00Z'), at('2026-03-01T18:00:00Z')],
      HOUR,
    );
    expect(labels).toEqual(['15:00', '21:00']);
  });

  it('labels days in the person’s language, on the account’s date', () => {
    // 20:00 UTC is already the next morning in Tokyo.
    const late = at('2026-03-01T20:00:00Z');
    expect(timeAxisLabels('en', 'Asia/Tokyo')([late], 24 * HOUR)).toEqual(['Mar 2']);
    expect(timeAxisLabels('ru', 'Asia/Tokyo')([late], 24 * HOUR)[0]).toMatch(/^2 мар/);
    expect(timeAxisLabels('en', 'UTC')([late], 24 * HOUR)).toEqual(['Mar 1']);
  });
});
