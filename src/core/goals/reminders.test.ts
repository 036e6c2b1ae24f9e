import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, type GoalReminder, localClock, parseTimeOfDay, reminderDueOn } from './reminders.js';

const reminder = (over: Partial<GoalReminder> = {}): GoalReminder => ({
  userId: 'u1',
  time: '19:00',
  timeZone: 'Europe/Moscow',
  enabled: true,
  lastSentOn: null,
  ...over,
});

describe('daily goal reminders', () => {
  it('reads the times people type', () => {
    expect(parseTimeOfDay('7:30')).toBe('07:30');
    expect(parseTimeOfDay('19.05')).toBe('19:05');
    expect(parseTimeOfDay('1930')).toBe('19:30');
    expect(parseTimeOfDay('25:00')).toBeUndefined();
    expect(parseTimeOfDay('evening')).toBeUndefined();
  });

  it('knows IANA zones in any case and refuses the rest', () => {
    expect(canonicalTimeZone('europe/moscow')).toBe('Europe/Moscow');
    expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
    expect(canonicalTimeZone('; drop table')).toBeUndefined();
  });

  it('is due once the local clock passes its time, once per local day', () => {
    // 15:59 UTC is 18:59 in Moscow: not yet; 16:00 is 19:00: due for that Moscow date.
    expect(reminderDueOn(reminder(), new Date('2026-03-01T15:59:00Z'))).toBeUndefined();
    expect(reminderDueOn(reminder(), new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-01');
    expect(reminderDueOn(reminder({ lastSentOn: '2026-03-01' }), new Date('2026-03-01T20:59:00Z'))).toBeUndefined();
    // 21:30 UTC is already 00:30 on the 2nd in Moscow, but 19:00 has not come yet there.
    expect(reminderDueOn(reminder({ lastSentOn: '2026-03-01' }), new Date('2026-03-01T21:30:00Z'))).toBeUndefined();
    expect(reminderDueOn(reminder({ enabled: false }), new Date('2026-03-01T18:00:00Z'))).toBeUndefined();
  });

  it('follows daylight saving time: 19:00 in New York is 00:00 UTC in winter and 23:00 UTC in summer', () => {
    const ny = reminder({ timeZone: 'America/New_York' });
    expect(reminderDueOn(ny, new Date('2026-03-06T23:30:00Z'))).toBeUndefined();
    expect(reminderDueOn(ny, new Date('2026-03-07T00:00:00Z'))).toBe('2026-03-06');
    expect(reminderDueOn(ny, new Date('2026-03-09T23:00:00Z'))).toBe('2026-03-09');
    // A time the spring-forward night skips (02:30 on 8 March) is sent at 03:00.
    const skipped = reminder({ timeZone: 'America/New_York', time: '02:30' });
    expect(localClock(new Date('2026-03-08T07:00:00Z'), 'America/New_York').time).toBe('03:00');
    expect(reminderDueOn(skipped, new Date('2026-03-08T07:00:00Z'))).toBe('2026-03-08');
  });
});
