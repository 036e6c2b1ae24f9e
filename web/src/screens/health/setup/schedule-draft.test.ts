import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../api/contract/health';
import { draftOf, scheduleOf, weekdayNames } from './schedule-draft';

const profile = (change: Partial<Profile>): Profile => ({
  archetype: null,
  archetype_name: null,
  schedule: { time_zone: 'UTC', wake: '07:00', sleep: '23:00', work: null },
  schedule_set: false,
  notes: [],
  choices: { archetypes: [], notes: [] },
  ...change,
});

describe('the set-up form’s day', () => {
  it('suggests the device’s zone before a schedule was given, and keeps the saved one after', () => {
    const device = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(draftOf(profile({})).timeZone).toBe(device);
    const saved = profile({
      schedule_set: true,
      schedule: { time_zone: 'Asia/Almaty', wake: '06:30', sleep: '22:00', work: null },
    });
    expect(draftOf(saved)).toMatchObject({ timeZone: 'Asia/Almaty', wake: '06:30', sleep: '22:00', works: false });
  });

  it('sends work hours only while they are switched on, weekdays by default', () => {
    const draft = draftOf(profile({}));
    expect(scheduleOf(draft).work).toBeNull();
    expect(scheduleOf({ ...draft, works: true }).work).toEqual({ start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] });
  });

  it('names the weekdays from Monday in the reader’s language', () => {
    expect(weekdayNames('en')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(weekdayNames('ru')[0]).toBe('пн');
  });
});
