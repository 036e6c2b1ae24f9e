import type { Profile, Schedule } from '../../../api/contract/health';
import { browserZone } from '../../../ui/time-zones';

/** The schedule as the form holds it: work hours kept while switched off, so switching back restores them. */
export interface ScheduleDraft {
  timeZone: string;
  wake: string;
  sleep: string;
  works: boolean;
  workStart: string;
  workEnd: string;
  workDays: number[];
}

const WEEKDAYS = [1, 2, 3, 4, 5];

/**
 * The form's start: the saved schedule, or — before one was given — the server's default day in the
 * zone this browser runs in (the server's default is UTC, which is rarely where the person is).
 */
export function draftOf(profile: Profile): ScheduleDraft {
  const { schedule } = profile;
  return {
    timeZone: profile.schedule_set ? schedule.time_zone : browserZone(),
    wake: schedule.wake,
    sleep: schedule.sleep,
    works: schedule.work !== null,
    workStart: schedule.work?.start ?? '09:00',
    workEnd: schedule.work?.end ?? '18:00',
    workDays: schedule.work?.days ?? WEEKDAYS,
  };
}

/** What `PUT /api/health/profile` takes; the server checks it (times, zone, days) and names a wrong field. */
export function scheduleOf(draft: ScheduleDraft): Schedule {
  return {
    time_zone: draft.timeZone,
    wake: draft.wake,
    sleep: draft.sleep,
    work: draft.works ? { start: draft.workStart, end: draft.workEnd, days: draft.workDays } : null,
  };
}

/** Monday … Sunday (ISO 1–7) in the reader's language, short. */
export function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return [1, 2, 3, 4, 5, 6, 7].map((day) => format.format(new Date(Date.UTC(2024, 0, day))));
}
