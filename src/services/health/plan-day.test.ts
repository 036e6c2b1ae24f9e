import { describe, expect, it } from 'vitest';
import { planDayAt } from './plan-day.js';

describe('planDayAt', () => {
  // Up at 07:00 in Moscow (UTC+3): the plan day turns at 04:00 UTC.
  const rule = { timeZone: 'Europe/Moscow', wake: '07:00' };

  it('turns to the new plan day at the wake time to the millisecond, though asked a moment before', () => {
    expect(planDayAt(rule, new Date('2026-03-03T03:59:00.000Z'))).toBe('2026-03-02');
    expect(planDayAt(rule, new Date('2026-03-03T03:59:59.999Z'))).toBe('2026-03-02');
    expect(planDayAt(rule, new Date('2026-03-03T04:00:00.000Z'))).toBe('2026-03-03');
    expect(planDayAt(rule, new Date('2026-03-03T03:59:30.000Z'))).toBe('2026-03-02');
  });

  it('answers each rule by its own zone and wake time', () => {
    const at = new Date('2026-03-03T05:00:00Z');
    expect(planDayAt(rule, at)).toBe('2026-03-03');
    expect(planDayAt({ timeZone: 'Asia/Novosibirsk', wake: '13:00' }, at)).toBe('2026-03-02');
    expect(planDayAt({ timeZone: 'America/New_York', wake: '06:00' }, at)).toBe('2026-03-02');
  });
});
