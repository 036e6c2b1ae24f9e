import type { WebStack } from './stack.js';

// What the health program's web suites share: a zone where it is morning now, a browser whose clock runs in a zone,
// and the profile the API answers.

/** Zones without daylight saving, by their UTC offset in hours. */
const ZONES_BY_OFFSET: Record<number, string> = {
  [-11]: 'Pacific/Pago_Pago',
  [-10]: 'Pacific/Honolulu',
  [-9]: 'Pacific/Gambier',
  [-8]: 'Pacific/Pitcairn',
  [-7]: 'America/Phoenix',
  [-6]: 'America/Regina',
  [-5]: 'America/Bogota',
  [-4]: 'America/La_Paz',
  [-3]: 'America/Argentina/Buenos_Aires',
  [-2]: 'America/Noronha',
  [-1]: 'Atlantic/Cape_Verde',
  0: 'UTC',
  1: 'Africa/Lagos',
  2: 'Africa/Johannesburg',
  3: 'Europe/Moscow',
  4: 'Asia/Dubai',
  5: 'Asia/Tashkent',
  6: 'Asia/Dhaka',
  7: 'Asia/Bangkok',
  8: 'Asia/Singapore',
  9: 'Asia/Tokyo',
  10: 'Australia/Brisbane',
  11: 'Pacific/Noumea',
  12: 'Pacific/Tarawa',
};

/** A zone where it is about 9 in the morning now: the plan then has tasks still ahead to change. */
export const morningZone = () => ZONES_BY_OFFSET[((9 - new Date().getUTCHours() + 35) % 24) - 11]!;

export interface Profile {
  archetype: string | null;
  schedule: { time_zone: string; wake: string; sleep: string; work: { start: string; end: string } | null };
  notes: string[];
}

/** A browser whose clock runs in `zone`, as a person's device does. */
export const pageIn = async (stack: WebStack, viewport: { width: number; height: number }, zone: string) =>
  (await stack.browser.newContext({ viewport, baseURL: stack.base, locale: 'en-US', timezoneId: zone })).newPage();
