import type { DeliveryOutcome } from '../../core/delivery.port.js';
import type { Locale } from '../../core/goals/model.js';
import type { Archetype, PlanMode, TaskOutcome } from '../../core/health/model.js';
import { type EducationFilter, educationItem, educationList } from './education.js';
import { icsFeed, rotateCalendarSecret } from './calendar.js';
import type { HealthDeps, UserId } from './deps.js';
import { deliverDigest, digestStillDue, type DueDigest, dueDigests, markDigestSent } from './digests.js';
import { type MarkOptions, markTask } from './mark-task.js';
import { planDayAt, type PlanDayRule, planDayRuleOf } from './plan-day.js';
import { profile, type ProfileChange, type ScheduleInput, updateProfile } from './profile.js';
import { progression } from './progression.js';
import { quiz, submitQuiz } from './quiz.js';
import { today, type TodayOptions } from './today.js';

/** The health program's use cases bound to their effects: what the bot, the terminal, the API and the jobs call. */
export function createHealthServices(deps: HealthDeps) {
  return {
    pack: deps.pack,
    quiz: (locale: Locale) => quiz(deps, locale),
    /** Scores the answers and suggests an archetype with why; it does not choose it. */
    submitQuiz: (userId: UserId, answers: Readonly<Record<string, string>>, locale?: Locale) =>
      submitQuiz(deps, userId, answers, locale),
    profile: (userId: UserId) => profile(deps, userId),
    /** Several changes at once (the API's PUT), validated together before any is saved. */
    updateProfile: (userId: UserId, change: ProfileChange) => updateProfile(deps, userId, change),
    chooseArchetype: (userId: UserId, archetype: Archetype) => updateProfile(deps, userId, { archetype }),
    setSchedule: (userId: UserId, schedule: ScheduleInput) => updateProfile(deps, userId, { schedule }),
    setNotes: (userId: UserId, notes: readonly string[]) => updateProfile(deps, userId, { notes }),
    setMode: (userId: UserId, mode: PlanMode | null) => updateProfile(deps, userId, { mode }),
    setDigest: (userId: UserId, on: boolean) => updateProfile(deps, userId, { digest: on }),
    today: (userId: UserId, options?: TodayOptions) => today(deps, userId, options),
    /** What the person's plan day turns on, for a cache to key today's plan by (see `planDayAt`). */
    planDayRule: (userId: UserId) => planDayRuleOf(deps, userId),
    /** The plan day under a rule at an instant, now by default: from the wake time on, a new day's plan. */
    planDayAt: (rule: PlanDayRule, now: Date = deps.clock.now()) => planDayAt(rule, now),
    /** The educational content, all of it or by habit or topic (no person needed: it is the same for everyone). */
    education: (locale: Locale, filter?: EducationFilter) => educationList(deps.pack, locale, filter),
    educationItem: (id: string, locale: Locale) => educationItem(deps.pack, id, locale),
    markTask: (userId: UserId, taskId: string, outcome: TaskOutcome, options: MarkOptions) =>
      markTask(deps, userId, taskId, outcome, options),
    progression: (userId: UserId, options?: { now?: Date; locale?: Locale }) => progression(deps, userId, options),
    /** The iCal text behind a calendar secret; undefined for a secret nobody has. */
    icsFeed: (secret: string, now?: Date) => icsFeed(deps, secret, now),
    rotateCalendarSecret: (userId: UserId) => rotateCalendarSecret(deps, userId),
    dueDigests: (now?: Date) => dueDigests(deps, now),
    digestStillDue: (userId: UserId, date: string) => digestStillDue(deps, userId, date),
    markDigestSent: (userId: UserId, date: string) => markDigestSent(deps, userId, date),
    /** Sends one due digest once, however many attempts hold its job (see digests.ts). */
    deliverDigest: (key: string, send: (due: DueDigest, signal: AbortSignal) => Promise<DeliveryOutcome>) =>
      deliverDigest(deps, key, send),
  };
}

export type HealthServices = ReturnType<typeof createHealthServices>;
export type { MarkOptions, ProfileChange, ScheduleInput, TodayOptions };
export type { MarkResult } from './mark-task.js';
export type { ProfileState } from './profile.js';
export type { ProgressionView } from './progression.js';
export type { QuizSuggestion, QuizView } from './quiz.js';
export type { TodayView } from './today.js';
export type { PlanDayRule } from './plan-day.js';
export type { EducationView } from './education.js';
export type { PresentedTask } from './present-task.js';
export type { DueDigest } from './digests.js';
