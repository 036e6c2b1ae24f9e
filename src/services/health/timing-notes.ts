import { DateTime } from 'luxon';
import type { Locale } from '../../core/goals/model.js';
import { darkUntil } from '../../core/health/daylight.js';
import { dayFrame } from '../../core/health/day-frame.js';
import type { HabitDef, Schedule } from '../../core/health/model.js';
import { cutoffOf } from '../../core/health/placement.js';
import type { Localized } from '../../core/programs/program.js';
import { fill, say } from './health-texts.js';
import type { PresentedTask } from './present-task.js';

const CUTOFF_TIMING: Localized = {
  en: 'Today: your last caffeine by {time}, about {hours} hours before your {sleep} bedtime',
  ru: 'Сегодня: последний кофеин до {time}, примерно за {hours} ч до сна в {sleep}',
};
const SUNRISE_TIMING: Localized = {
  en: 'It is still dark then: sunrise today is at {sunrise}',
  ru: 'В это время ещё темно: солнце сегодня встаёт в {sunrise}',
};
const POLAR_TIMING: Localized = {
  en: 'The sun does not rise where you are today',
  ru: 'Сегодня там, где ты живёшь, солнце не встаёт',
};
/** The dark-morning version: a lamp before sunrise, daylight after it. */
const DARK_MORNING: Localized = {
  en: 'The morning is still dark, so take your light indoors: if you have a light therapy lamp, sit near it for 20–30 minutes (to the side, not staring into it); if not, turn on the brightest lights you have. Get outside for a few minutes of daylight later, once the sun is up.',
  ru: 'Утро ещё тёмное, поэтому свет — в помещении: если есть лампа для светотерапии, посиди рядом с ней 20–30 минут (сбоку, не глядя прямо в неё); если нет — включи самый яркий свет, какой есть. А на улицу за дневным светом выйди позже, когда солнце встанет.',
};

/** "14:00" in Russian, "2:00 PM" in English, in the person's zone. */
const clock = (at: Date | number, zone: string, locale: Locale) =>
  DateTime.fromMillis(typeof at === 'number' ? at : at.getTime(), { zone }).toFormat(
    locale === 'ru' ? 'HH:mm' : 'h:mm a',
  );

/**
 * A task's timing for this day and place: a cut-off habit names its clock time (9 hours before this
 * person's sleep, not "about 8 hours before bed"); a daylight habit planned before sunrise in the
 * person's zone becomes its dark-morning version, with the sunrise time.
 */
export function timedTask(
  task: PresentedTask,
  habit: HabitDef,
  block: { end: Date },
  context: { schedule: Schedule; date: string; locale: Locale },
): PresentedTask {
  const { schedule, date, locale } = context;
  const zone = schedule.timeZone;
  const practical = task.educational_content.practical_implementation;
  if (habit.cutoffHoursBeforeSleep !== undefined) {
    const frame = dayFrame(schedule, date);
    const timing = fill(say(CUTOFF_TIMING, locale), {
      time: clock(cutoffOf(habit, frame)!, zone, locale),
      hours: habit.cutoffHoursBeforeSleep,
      sleep: clock(frame.anchors.sleep, zone, locale),
    });
    return withTiming(task, timing);
  }
  if (!habit.daylight) return task;
  const dark = darkUntil(block.end, zone);
  if (!dark) return task;
  const timing =
    dark.kind === 'at'
      ? fill(say(SUNRISE_TIMING, locale), { sunrise: clock(dark.at, zone, locale) })
      : say(POLAR_TIMING, locale);
  return { ...withTiming(task, timing), description: say(DARK_MORNING, locale) };

  function withTiming(shown: PresentedTask, timing: string): PresentedTask {
    const educational = shown.educational_content;
    return {
      ...shown,
      educational_content: {
        ...educational,
        practical_implementation: { ...practical, optimal_timing: timing },
      },
    };
  }
}
